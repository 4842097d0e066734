package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.KeyProductKind;

/** A key product as a client drafts it ({@code POST /key-products}). */
@Schema(name = "KeyProductRequest")
public record KeyProductRequest(
        @Schema(example = "Total Place: summary for the Pre-Budget Report")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(example = "PBR_SUMMARY")
        @NotNull
        KeyProductKind kind,

        @Schema(example = "2009-11-09")
        @NotNull
        LocalDate dueDate,

        @Schema(example = "Total Place programme office")
        @NotBlank @Size(max = 200)
        String owner) {
}
