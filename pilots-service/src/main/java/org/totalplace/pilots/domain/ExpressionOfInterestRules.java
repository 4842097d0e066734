package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review of a place-based budget expression of interest:
 * RECEIVED → UNDER_REVIEW → FORWARDED (to HMT and/or CLG) → SHORTLISTED or DECLINED; SHORTLISTED →
 * ACCEPTED or DECLINED; anything not yet decided → WITHDRAWN. Each rule answers allowed, or rejected
 * naming the request field and the reason.
 */
public final class ExpressionOfInterestRules {

    public static final String STATUS = "status";

    private static final Map<InterestStatus, Set<InterestStatus>> NEXT = new EnumMap<>(InterestStatus.class);

    static {
        NEXT.put(InterestStatus.RECEIVED, EnumSet.of(InterestStatus.UNDER_REVIEW, InterestStatus.WITHDRAWN));
        NEXT.put(InterestStatus.UNDER_REVIEW, EnumSet.of(InterestStatus.FORWARDED, InterestStatus.WITHDRAWN));
        NEXT.put(InterestStatus.FORWARDED,
                EnumSet.of(InterestStatus.SHORTLISTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN));
        NEXT.put(InterestStatus.SHORTLISTED,
                EnumSet.of(InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN));
        NEXT.put(InterestStatus.ACCEPTED, EnumSet.noneOf(InterestStatus.class));
        NEXT.put(InterestStatus.DECLINED, EnumSet.noneOf(InterestStatus.class));
        NEXT.put(InterestStatus.WITHDRAWN, EnumSet.noneOf(InterestStatus.class));
    }

    private ExpressionOfInterestRules() {
    }

    /**
     * The answer of a rule.
     *
     * @param field  the request field a rejection is about (null when allowed)
     * @param reason why it was rejected, in words a user can act on (null when allowed)
     */
    public record Decision(boolean allowed, String field, String reason) {

        private static final Decision ALLOWED = new Decision(true, null, null);

        public Decision {
            if (!allowed) {
                Objects.requireNonNull(field, "a rejection names its field");
                Objects.requireNonNull(reason, "a rejection gives its reason");
            }
        }

        public static Decision allow() {
            return ALLOWED;
        }

        public static Decision reject(String field, String reason) {
            return new Decision(false, field, reason);
        }

        public boolean rejected() {
            return !allowed;
        }
    }

    /** The statuses an expression of interest in {@code from} may move to next, in workflow order. */
    public static Set<InterestStatus> nextFrom(InterestStatus from) {
        return EnumSet.copyOf(next(from));
    }

    /** May an expression of interest that is {@code from} become {@code to}? */
    public static Decision transition(InterestStatus from, InterestStatus to) {
        Objects.requireNonNull(to, "to");
        Set<InterestStatus> next = next(from);
        if (next.contains(to)) {
            return Decision.allow();
        }
        if (from.isFinal()) {
            return Decision.reject(STATUS, "the expression of interest is " + from
                    + ", which is final; it cannot become " + to);
        }
        if (from == to) {
            return Decision.reject(STATUS, "the expression of interest is already " + to);
        }
        return Decision.reject(STATUS, "an expression of interest that is " + from + " cannot become " + to
                + "; from " + from + " it can become " + or(next));
    }

    /** Place, lead body and summary may be corrected until the expression of interest is decided. */
    public static Decision edit(InterestStatus current) {
        if (current.isFinal()) {
            return Decision.reject(STATUS, "the expression of interest is " + current
                    + ", which is final; its place, lead body and summary can no longer change");
        }
        return Decision.allow();
    }

    /** An expression of interest cannot arrive after today. */
    public static Decision receipt(LocalDate receivedOn, LocalDate today) {
        if (receivedOn == null) {
            return Decision.reject("receivedOn", "must be given");
        }
        if (receivedOn.isAfter(today)) {
            return Decision.reject("receivedOn", "must not be in the future (today is " + today + ")");
        }
        return Decision.allow();
    }

    /** An expression of interest from a pilot place lies in that pilot's region. */
    public static Decision pilotRegion(Region declared, Region ofPilot, String pilotCode) {
        if (declared != ofPilot) {
            return Decision.reject("region", "must be " + ofPilot.displayName() + ", the region of pilot '"
                    + pilotCode + "'");
        }
        return Decision.allow();
    }

    /**
     * Forwarding goes to a non-empty set of departments (each named once), on a day between the receipt
     * and today.
     */
    public static Decision forwarding(List<CentralDepartment> to, LocalDate on, LocalDate receivedOn, LocalDate today) {
        if (to == null || to.isEmpty()) {
            return Decision.reject("to", "must name at least one of " + or(EnumSet.allOf(CentralDepartment.class)));
        }
        Set<CentralDepartment> seen = EnumSet.noneOf(CentralDepartment.class);
        for (int i = 0; i < to.size(); i++) {
            CentralDepartment department = to.get(i);
            if (department == null) {
                return Decision.reject("to[" + i + "]", "must be one of " + or(EnumSet.allOf(CentralDepartment.class)));
            }
            if (!seen.add(department)) {
                return Decision.reject("to[" + i + "]", "names " + department + " again; name each department once");
            }
        }
        if (on == null) {
            return Decision.reject("on", "must be given");
        }
        if (on.isBefore(receivedOn)) {
            return Decision.reject("on", "must not be before the expression of interest was received ("
                    + receivedOn + ")");
        }
        if (on.isAfter(today)) {
            return Decision.reject("on", "must not be in the future (today is " + today + ")");
        }
        return Decision.allow();
    }

    /** Declining and withdrawing must say why; other moves need no reason. */
    public static Decision reason(InterestStatus to, String reason) {
        boolean required = to == InterestStatus.DECLINED || to == InterestStatus.WITHDRAWN;
        if (required && (reason == null || reason.isBlank())) {
            return Decision.reject("reason", "must say why the expression of interest is " + to);
        }
        return Decision.allow();
    }

    private static Set<InterestStatus> next(InterestStatus from) {
        return NEXT.get(Objects.requireNonNull(from, "from"));
    }

    private static String or(Set<? extends Enum<?>> values) {
        List<String> names = values.stream().map(Enum::name).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }
}
