package org.totalplace.pilots.domain;

import java.util.Objects;

/** Someone in a role of a pilot for a term: what the role rules look at. */
public record RoleHolding(PilotRole role, String person, DateRange term) {

    public RoleHolding {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(term, "term");
    }
}
