package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.RolloutElementStatus;

/** Where an element's hypothesis moves to ({@code POST /rollout-elements/{id}/status}), and optionally why. */
@Schema(name = "RolloutStatusRequest")
public record RolloutStatusRequest(
        @Schema(example = "TESTING")
        @NotNull
        RolloutElementStatus status,

        @Schema(nullable = true, example = "(example) taken up by the pilots' final reports")
        @Size(max = 2000)
        String reason) {
}
