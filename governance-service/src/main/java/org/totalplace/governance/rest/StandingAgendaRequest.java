package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.AgendaItemDetails;
import org.totalplace.governance.service.StandingAgendaService;

/** A group's whole standing agenda, in order ({@code PUT /groups/{idOrCode}/standing-agenda}); empty for none. */
@Schema(name = "StandingAgendaRequest")
public record StandingAgendaRequest(
        @Schema(description = "In order; numbered 1..n. At most " + StandingAgendaService.MAX_ITEMS)
        @NotNull @Size(max = StandingAgendaService.MAX_ITEMS)
        List<@NotNull @Valid Item> items) {

    List<AgendaItemDetails> details() {
        return items.stream().map(item -> new AgendaItemDetails(item.title(), null, item.minutesAllotted())).toList();
    }

    /** One standing item: what every generated meeting of the group will start with. */
    @Schema(name = "StandingAgendaItemRequest")
    public record Item(
            @Schema(example = "Considering key programme risks and issues")
            @NotBlank @Size(max = 500)
            String title,

            @Schema(description = "Minutes allotted on the agenda", example = "15")
            @Min(1) @Max(600)
            Integer minutesAllotted) {
    }
}
