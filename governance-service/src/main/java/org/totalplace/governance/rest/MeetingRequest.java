package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.MeetingDetails;

/** A one-off meeting of a group ({@code POST /groups/{idOrCode}/meetings}). */
@Schema(name = "MeetingRequest")
public record MeetingRequest(
        @Schema(example = "High-level officials' group: extraordinary meeting on place-based budgets")
        @NotBlank @Size(max = 200)
        String title,

        @Schema(example = "2010-07-26")
        @NotNull
        LocalDate date,

        @Schema(description = "Local time it starts, when known", type = SchemaType.STRING,
                example = "10:00")
        LocalTime startsAt,

        @Schema(example = "Eland House, London")
        @Size(max = 200)
        String location,

        @Schema(description = "Start with the group's standing agenda (false when absent)", example = "false")
        Boolean standingAgenda) {

    MeetingDetails details() {
        return new MeetingDetails(title, date, startsAt, location);
    }

    boolean withStandingAgenda() {
        return Boolean.TRUE.equals(standingAgenda);
    }
}
