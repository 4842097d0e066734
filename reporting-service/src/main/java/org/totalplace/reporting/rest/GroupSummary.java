package org.totalplace.reporting.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.GroupView;

@Schema(name = "GroupSummary", description = "A governance group")
public record GroupSummary(
        UUID groupId,
        @Schema(examples = "lewisham-board") String code,
        @Schema(examples = "Lewisham Total Place board") String name,
        @Schema(description = "MINISTERIAL, OFFICIALS, IMPROVEMENT_BOARD, PILOT_BOARD or OTHER", examples = "PILOT_BOARD")
        String kind) {

    public static GroupSummary of(GroupView group) {
        return new GroupSummary(group.groupId, group.code, group.name, group.kind);
    }
}
