package org.totalplace.pilots.domain;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Someone who spoke at a networking event ("The Secretary of State, John Denham, will speak", seed 001). */
@Embeddable
public record Speaker(String name, String organisation, String topic) {

    public Speaker {
        name = PilotAliases.tidy(Objects.requireNonNull(name, "name"));
        organisation = organisation == null || organisation.isBlank() ? null : PilotAliases.tidy(organisation);
        topic = topic == null || topic.isBlank() ? null : PilotAliases.tidy(topic);
    }
}
