package org.totalplace.governance.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.MeetingDetails;
import org.totalplace.governance.domain.SeriesPlan;

/** A recurring series of a group's meetings ({@code POST /groups/{idOrCode}/meeting-series}). */
@Schema(name = "SeriesRequest")
public record SeriesRequest(
        @Schema(example = "High-level officials' group")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(description = "The day of the first meeting; the others follow at the cadence", example = "2009-10-19")
        @NotNull
        LocalDate firstDate,

        @Schema(description = "How often; the group's own cadence when absent", example = "MONTHLY")
        Cadence cadence,

        @Schema(description = "How many meetings to generate, 1 to " + SeriesPlan.MOST_OCCURRENCES, example = "6")
        @NotNull @Min(1) @Max(SeriesPlan.MOST_OCCURRENCES)
        Integer occurrences,

        @Schema(description = "Local time each meeting starts, when known", type = SchemaType.STRING, example = "14:00")
        LocalTime startsAt,

        @Schema(example = "HM Treasury, 1 Horse Guards Road")
        @Size(max = 200)
        String location) {

    MeetingDetails details() {
        return new MeetingDetails(title, firstDate, startsAt, location);
    }

    Optional<Cadence> requestedCadence() {
        return Optional.ofNullable(cadence);
    }
}
