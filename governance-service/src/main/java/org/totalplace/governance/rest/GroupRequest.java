package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.GroupCode;
import org.totalplace.governance.domain.GroupDetails;
import org.totalplace.governance.domain.GroupKind;

/** A governance group as a client creates it ({@code POST /groups}). */
@Schema(name = "GroupRequest")
public record GroupRequest(
        @Schema(description = "Stable key, lowercase words joined by hyphens", example = "officials-group")
        @NotBlank @Size(max = GroupCode.MAX_LENGTH) @Pattern(regexp = GroupCode.PATTERN, message = GroupCode.RULE)
        String code,

        @Schema(example = "High-level officials' group")
        @NotBlank @Size(max = 200)
        String name,

        @Schema(description = "A PILOT_BOARD must name its pilotId; every other kind must not", example = "OFFICIALS")
        @NotNull
        GroupKind kind,

        @Schema(description = "The pilot a PILOT_BOARD belongs to; absent for every other kind",
                example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
        UUID pilotId,

        @Schema(description = "Who chairs the group", example = "Sir Michael Bichard")
        @Size(max = 200) @Pattern(regexp = NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String chair,

        @Schema(description = "How often the group meets", example = "MONTHLY")
        Cadence cadence,

        @Schema(description = "What the group is for",
                example = "Reviews the pilots' progress and barriers before they go to ministers")
        @Size(max = 2000) @Pattern(regexp = NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String purpose,

        @Schema(description = "When a meeting of the group is quorate; absent means MAJORITY")
        @Valid
        QuorumBody quorum) {

    /** Absent is fine; given, it must have a non-space character. */
    static final String NOT_BLANK_WHEN_GIVEN = "[\\s\\S]*\\S[\\s\\S]*";

    GroupCode groupCode() {
        return new GroupCode(code);
    }

    GroupDetails details() {
        return new GroupDetails(name, kind, pilotId, chair, cadence, purpose, quorum == null ? null : quorum.rule());
    }
}
