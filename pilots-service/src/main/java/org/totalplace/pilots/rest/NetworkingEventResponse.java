package org.totalplace.pilots.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.NetworkingEvent;

/** A networking event as the API shows it; {@code version} is also its ETag. */
@Schema(name = "NetworkingEvent")
public record NetworkingEventResponse(UUID id, String title, LocalDate heldOn, PlaceResponse host,
                                      List<NetworkingEventRequest.AttendeeRequest> attendees,
                                      List<NetworkingEventRequest.SpeakerRequest> speakers,
                                      long version, Instant createdAt, Instant updatedAt) {

    static NetworkingEventResponse of(NetworkingEvent event) {
        return new NetworkingEventResponse(event.id(), event.title(), event.heldOn(), PlaceResponse.of(event.host()),
                event.attendees().stream().map(a -> new NetworkingEventRequest.AttendeeRequest(a.name(), a.organisation()))
                        .toList(),
                event.speakers().stream().map(s -> new NetworkingEventRequest.SpeakerRequest(s.name(), s.organisation(),
                        s.topic())).toList(),
                event.version(), event.createdAt(), event.updatedAt());
    }
}
