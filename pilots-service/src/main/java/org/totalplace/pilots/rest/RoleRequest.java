package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PilotRole;

/** A person appointed to a role of a pilot from a day, until a day or (to null) with no end date yet. */
@Schema(name = "RoleRequest")
public record RoleRequest(
        @Schema(example = "Jane Smith")
        @NotBlank @Size(max = 200)
        String person,

        @NotNull
        PilotRole role,

        @Schema(description = "Whom the person works for", nullable = true, example = "Government Office for London")
        @Size(max = 200)
        String organisation,

        @Schema(description = "The first day in the role", example = "2009-06-01")
        @NotNull
        LocalDate from,

        @Schema(description = "The last day in the role; null while it has no end date", nullable = true)
        LocalDate to) {
}
