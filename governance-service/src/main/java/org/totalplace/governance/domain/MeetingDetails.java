package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** When and where a meeting takes place; {@code startsAt} and {@code location} are optional. */
public record MeetingDetails(String title, LocalDate date, LocalTime startsAt, String location) {

    public MeetingDetails {
        title = Objects.requireNonNull(title, "title").strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("a meeting has a title");
        }
        Objects.requireNonNull(date, "date");
        location = location == null || location.isBlank() ? null : location.strip();
    }
}
