package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.MembershipRole;
import org.totalplace.governance.domain.MembershipTerms;

/** A membership as a client starts it ({@code POST /groups/{idOrCode}/memberships}). */
@Schema(name = "MembershipRequest")
public record MembershipRequest(
        @Schema(description = "The person holding the membership; give this or post, not both",
                example = "Cllr Margaret Eaton")
        @Size(max = 200) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String person,

        @Schema(description = "The post holding the membership, whoever is in it; give this or person, not both",
                example = "Chief Secretary to the Treasury")
        @Size(max = 200) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String post,

        @Schema(description = "The part played in the group; a group has one CHAIR at a time", example = "MEMBER")
        @NotNull
        MembershipRole role,

        @Schema(description = "For an ALTERNATE (and only then): the id of the MEMBER or CHAIR membership of the "
                + "same group it stands in for, whose period must cover the alternate's",
                example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
        UUID alternateFor,

        @Schema(description = "The body the member sits for", example = "HM Treasury")
        @Size(max = 200) @Pattern(regexp = GroupRequest.NOT_BLANK_WHEN_GIVEN, message = "must not be blank")
        String onBehalfOf,

        @Schema(description = "The first day of the membership", example = "2009-04-22")
        @NotNull
        LocalDate from,

        @Schema(description = "The last day, on or after from; absent while it has no end", example = "2010-03-31")
        LocalDate to) {

    MembershipTerms terms() {
        return new MembershipTerms(person, post, role, alternateFor, onBehalfOf, from, to);
    }
}
