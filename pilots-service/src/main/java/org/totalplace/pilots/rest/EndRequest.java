package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The end of a period: a body leaving a pilot, or a person leaving a role. */
@Schema(name = "EndRequest")
public record EndRequest(
        @Schema(description = "The last day of the period, on or after its first", example = "2010-03-31")
        @NotNull
        LocalDate to) {
}
