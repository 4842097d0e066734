package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a decision is cited in prose: "High-level officials' group, 14 October 2009, item 3". Pure. */
public final class DecisionReference {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private DecisionReference() {
    }

    public static String of(String groupName, LocalDate meetingDate, int itemPosition) {
        return groupName + ", " + DATE.format(meetingDate) + ", item " + itemPosition;
    }
}
