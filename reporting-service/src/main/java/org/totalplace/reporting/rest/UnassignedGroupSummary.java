package org.totalplace.reporting.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.GroupView;

@Schema(name = "UnassignedGroup", description = "A group naming a pilot id no pilot event has announced (yet)")
public record UnassignedGroupSummary(UUID groupId, String code, String name, String kind, UUID pilotId) {

    public static UnassignedGroupSummary of(GroupView group) {
        return new UnassignedGroupSummary(group.groupId, group.code, group.name, group.kind, group.pilotId);
    }
}
