package org.totalplace.governance.domain;

import java.util.Objects;

/** An item to put on an agenda: its title, who presents it and how many minutes it has (both optional). */
public record AgendaItemDetails(String title, String presenter, Integer minutesAllotted) {

    public AgendaItemDetails {
        title = Objects.requireNonNull(title, "title").strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("an agenda item has a title");
        }
        presenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
        if (minutesAllotted != null && minutesAllotted <= 0) {
            throw new IllegalArgumentException("minutes allotted must be positive");
        }
    }
}
