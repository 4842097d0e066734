package org.totalplace.governance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.AgendaItemDetails;

/** An item added to a scheduled meeting's agenda ({@code POST /meetings/{id}/agenda}). */
@Schema(name = "AgendaItemRequest")
public record AgendaItemRequest(
        @Schema(example = "Place-based budgets: summary of the 45 expressions of interest")
        @NotBlank @Size(max = 500)
        String title,

        @Schema(example = "John Atkinson, Leadership Centre for Local Government")
        @Size(max = 200)
        String presenter,

        @Schema(description = "Minutes allotted on the agenda", example = "20")
        @Min(1) @Max(600)
        Integer minutesAllotted) {

    AgendaItemDetails details() {
        return new AgendaItemDetails(title, presenter, minutesAllotted);
    }
}
