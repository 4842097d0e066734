package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.ActionDetails;

/** An action a held meeting gave someone ({@code POST /meetings/{id}/actions}). */
@Schema(name = "ActionRequest")
public record ActionRequest(
        @Schema(description = "The agenda item it arose on, if any; an item of this meeting (422 otherwise)",
                example = "5d2b7c1e-0a3f-4b6d-9e8c-1f2a3b4c5d6e")
        UUID agendaItemId,

        @Schema(description = "The decision it carries out, if any; a decision of this meeting (422 otherwise). "
                + "Its agenda item is the action's item.", example = "8e4c2a1b-3d5f-4a6b-9c7d-0e1f2a3b4c5d")
        UUID decisionId,

        @Schema(example = "Write to Bradford with the joint grant conditions")
        @NotBlank @Size(max = 4000)
        String description,

        @Schema(description = "Who is to do it: a person, a post or a body", example = "DCSF")
        @NotBlank @Size(max = 200)
        String owner,

        @Schema(description = "On or after the meeting's date (422 otherwise)", example = "2009-11-30")
        @NotNull
        LocalDate dueDate) {

    ActionDetails details() {
        return new ActionDetails(agendaItemId, decisionId, description, owner, dueDate);
    }
}
