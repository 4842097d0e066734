package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The new content of one section of a submission; blank clears it. */
@Schema(name = "SectionRequest")
public record SectionRequest(
        @Schema(example = "Pooling the budgets for the under-fives would save 4% of the £22bn counted in the area.")
        @NotNull @Size(max = 100_000)
        String content) {
}
