package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.Attendee;
import org.totalplace.pilots.domain.NetworkingEventDetails;
import org.totalplace.pilots.domain.Speaker;

/** A senior leaders' networking event as a client records it ({@code POST}) or replaces it ({@code PUT}). */
@Schema(name = "NetworkingEventRequest")
public record NetworkingEventRequest(
        @Schema(example = "Senior leaders networking event")
        @NotBlank @Size(max = 300)
        String title,

        @Schema(description = "The day it was held", example = "2010-01-15")
        @NotNull
        LocalDate heldOn,

        @Schema(description = "The code of the pilot or parallel place that hosted it", example = "south-tyneside-gateshead-sunderland")
        @NotBlank @Size(max = 60)
        String host,

        @Schema(description = "Who attended, in the order given")
        @Size(max = MAX_PEOPLE)
        List<@NotNull @Valid AttendeeRequest> attendees,

        @Schema(description = "Who spoke, in the order given")
        @Size(max = MAX_PEOPLE)
        List<@NotNull @Valid SpeakerRequest> speakers) {

    static final int MAX_PEOPLE = 500;

    /** Someone who attended. */
    @Schema(name = "Attendee")
    public record AttendeeRequest(
            @Schema(example = "Jane Smith") @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true, example = "Gateshead Council") @Size(max = 200) String organisation) {
    }

    /** Someone who spoke, and on what. */
    @Schema(name = "Speaker")
    public record SpeakerRequest(
            @Schema(example = "John Denham") @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true, example = "Communities and Local Government") @Size(max = 200) String organisation,
            @Schema(nullable = true, example = "The pilots' findings for the Budget") @Size(max = 500) String topic) {
    }

    NetworkingEventDetails details() {
        return new NetworkingEventDetails(title, heldOn,
                attendees == null ? List.of() : attendees.stream().map(a -> new Attendee(a.name(), a.organisation())).toList(),
                speakers == null ? List.of() : speakers.stream().map(s -> new Speaker(s.name(), s.organisation(), s.topic())).toList());
    }
}
