package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything a client says about a risk or issue. {@code probability} is null for an issue;
 * {@code description}, {@code mitigation} and {@code pilotId} are optional; text is trimmed.
 */
public record RaidDetails(RaidKind kind, String title, String description, Integer probability, int impact,
                          String owner, String mitigation, LocalDate reviewDate, UUID pilotId) {

    public RaidDetails {
        Objects.requireNonNull(kind, "kind");
        title = Objects.requireNonNull(title, "title").strip();
        owner = Objects.requireNonNull(owner, "owner").strip();
        Objects.requireNonNull(reviewDate, "reviewDate");
        description = optional(description);
        mitigation = optional(mitigation);
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
