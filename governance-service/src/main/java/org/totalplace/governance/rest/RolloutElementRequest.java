package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.RolloutElementDetails;
import org.totalplace.governance.domain.RolloutElementKind;

/**
 * A roll-out element as a client records or replaces it ({@code POST /rollout-elements},
 * {@code PUT /rollout-elements/{id}}). Seed 001 gives the elements, not their hypotheses: example texts are examples.
 */
@Schema(name = "RolloutElementRequest")
public record RolloutElementRequest(
        @Schema(example = "FORA_WITH_AUTHORITY")
        @NotNull
        RolloutElementKind kind,

        @Schema(description = "The emerging hypothesis", example = "(example) A forum with authority clears the barriers places raise")
        @NotBlank @Size(max = 4000)
        String hypothesis,

        @Schema(description = "The outcomes sought, in order", example = "[\"(example) barriers cleared within one meeting cycle\"]")
        @Size(max = 50)
        List<@NotBlank @Size(max = 2000) String> outcomesSought,

        @Schema(description = "Barriers of this register that stand in the way (ids); each once")
        @Size(max = 200)
        List<@NotNull UUID> barrierIds,

        @Schema(description = "Ways of overcoming the barriers, in order", example = "[\"(example) escalate to the ministerial group\"]")
        @Size(max = 50)
        List<@NotBlank @Size(max = 2000) String> waysToOvercome) {

    RolloutElementDetails details() {
        return new RolloutElementDetails(kind, hypothesis, outcomesSought, barrierIds, waysToOvercome);
    }
}
