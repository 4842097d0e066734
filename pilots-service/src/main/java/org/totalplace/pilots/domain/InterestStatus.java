package org.totalplace.pilots.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a place-based budget expression of interest stands in its review. ACCEPTED, DECLINED and
 * WITHDRAWN are final: the decision is made and the expression of interest no longer changes.
 */
public enum InterestStatus {
    RECEIVED,
    UNDER_REVIEW,
    /** Passed to HM Treasury and/or Communities and Local Government. */
    FORWARDED,
    SHORTLISTED,
    ACCEPTED,
    DECLINED,
    WITHDRAWN;

    /** The names as a regular expression, for checking {@code ?status=}; a test keeps it equal to the constants. */
    public static final String NAMES = "RECEIVED|UNDER_REVIEW|FORWARDED|SHORTLISTED|ACCEPTED|DECLINED|WITHDRAWN";

    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == WITHDRAWN;
    }

    public static Optional<InterestStatus> fromName(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
