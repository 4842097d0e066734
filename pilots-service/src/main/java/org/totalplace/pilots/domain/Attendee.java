package org.totalplace.pilots.domain;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Someone who attended a networking event, and the organisation they came from (optional). */
@Embeddable
public record Attendee(String name, String organisation) {

    public Attendee {
        name = PilotAliases.tidy(Objects.requireNonNull(name, "name"));
        organisation = organisation == null || organisation.isBlank() ? null : PilotAliases.tidy(organisation);
    }
}
