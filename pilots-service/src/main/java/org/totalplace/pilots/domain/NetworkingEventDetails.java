package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** Everything about a networking event but its id and its host (a place, resolved by the service). */
public record NetworkingEventDetails(String title, LocalDate heldOn, List<Attendee> attendees, List<Speaker> speakers) {

    public NetworkingEventDetails {
        title = PilotAliases.tidy(Objects.requireNonNull(title, "title"));
        Objects.requireNonNull(heldOn, "heldOn");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }
}
