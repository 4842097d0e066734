package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision not to remove a barrier ({@code POST /barriers/{id}/decline}). */
@Schema(name = "DeclineRequest")
public record DeclineRequest(
        @Schema(example = "The ring-fence stays until the spending review")
        @NotBlank @Size(max = 4000)
        String decision) {
}
