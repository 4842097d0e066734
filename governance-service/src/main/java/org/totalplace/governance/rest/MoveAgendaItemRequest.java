package org.totalplace.governance.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an agenda item is to stand ({@code POST /meetings/{id}/agenda/{itemId}/move}). */
@Schema(name = "MoveAgendaItemRequest")
public record MoveAgendaItemRequest(
        @Schema(description = "1 to the number of items on the agenda", example = "2")
        @NotNull @Min(1)
        Integer position) {
}
