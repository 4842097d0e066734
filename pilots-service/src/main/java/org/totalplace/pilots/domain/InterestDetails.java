package org.totalplace.pilots.domain;

import java.util.Objects;

/** What may be edited of an expression of interest until it is decided: who sent it, from where, and what it says. */
public record InterestDetails(String place, String leadBody, String summary) {

    public InterestDetails {
        place = PilotAliases.tidy(Objects.requireNonNull(place, "place"));
        leadBody = PilotAliases.tidy(Objects.requireNonNull(leadBody, "leadBody"));
        summary = Objects.requireNonNull(summary, "summary").strip();
    }
}
