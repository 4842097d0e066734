package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A body's names through time, oldest first. Pure. */
public final class BodyNames {

    private BodyNames() {
    }

    /** The name borne on {@code day}; before the first recorded name, the first; after the last, the last. */
    public static String nameOn(List<BodyName> names, LocalDate day) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a body has at least one name");
        }
        for (BodyName name : names) {
            if (name.borneOn(day)) {
                return name.name();
            }
        }
        BodyName first = names.get(0);
        return first.from() != null && day.isBefore(first.from()) ? first.name() : names.get(names.size() - 1).name();
    }

    /** The day the name borne on {@code day} was taken, when it replaced an earlier one. */
    public static Optional<LocalDate> renamedOnOrBefore(List<BodyName> names, LocalDate day) {
        LocalDate last = null;
        for (BodyName name : names) {
            if (name.from() != null && !name.from().isAfter(day)) {
                last = name.from();
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The names after a rename effective {@code effectiveOn}: the name borne the day before ends then, the new one
     * starts. A rename already recorded (same name from the same day) changes nothing.
     */
    public static List<BodyName> renamed(List<BodyName> names, String newName, LocalDate effectiveOn) {
        for (BodyName name : names) {
            if (name.name().equals(newName) && effectiveOn.equals(name.from())) {
                return List.copyOf(names);
            }
        }
        List<BodyName> result = new ArrayList<>();
        LocalDate dayBefore = effectiveOn.minusDays(1);
        for (BodyName name : names) {
            if (name.from() != null && !name.from().isBefore(effectiveOn)) {
                continue; // a later name than the rename is superseded by it
            }
            result.add(name.to() == null || name.to().isAfter(dayBefore) ? name.endingOn(dayBefore) : name);
        }
        result.add(BodyName.of(newName, effectiveOn, null));
        return result;
    }

    /** The names after the register corrected the current name (no rename): the open name takes the new text. */
    public static List<BodyName> corrected(List<BodyName> names, String currentName) {
        List<BodyName> result = new ArrayList<>(names);
        int last = result.size() - 1;
        if (last < 0) {
            return List.of(BodyName.of(currentName, null, null));
        }
        if (!result.get(last).name().equals(currentName)) {
            result.set(last, result.get(last).renamedAs(currentName));
        }
        return result;
    }
}
