package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of a membership ({@code POST /groups/{idOrCode}/memberships/{membershipId}/end}). */
@Schema(name = "EndMembershipRequest")
public record EndMembershipRequest(
        @Schema(description = "The last day of the membership, on or after its first", example = "2010-03-31")
        @NotNull
        LocalDate to) {
}
