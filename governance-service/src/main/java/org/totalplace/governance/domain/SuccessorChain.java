package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Follows a body's successors to today. Pure.
 *
 * <p>A body that ended (merged, or abolished with its functions passed on) on or before today stands for its
 * successor, and so on. A successor not known here yet ends the chain as the succession named it. The register
 * refuses a succession into the body itself, but a chain through several events could still come back to a body
 * already passed (events out of order, a correction): the chain then stops at the last body before the repeat
 * rather than going round for ever.
 */
public final class SuccessorChain {

    private SuccessorChain() {
    }

    public static CurrentBody follow(BodyLink start, Function<UUID, Optional<BodyLink>> known, LocalDate today) {
        BodyLink current = start;
        LocalDate since = renamedBy(current, today);
        Set<UUID> passed = new HashSet<>();
        passed.add(current.bodyId());
        while (endedBy(current, today) && current.successor() != null) {
            BodyLink.Successor successor = current.successor();
            if (passed.contains(successor.bodyId())) {
                break;
            }
            LocalDate endedOn = current.endedOn();
            Optional<BodyLink> next = known.apply(successor.bodyId());
            if (next.isEmpty()) {
                return new CurrentBody(successor.bodyId(), successor.code(), successor.name(), endedOn, null);
            }
            current = next.get();
            passed.add(current.bodyId());
            LocalDate renamed = renamedBy(current, today);
            since = renamed != null && renamed.isAfter(endedOn) ? renamed : endedOn;
        }
        LocalDate endedOn = endedBy(current, today) ? current.endedOn() : null;
        if (endedOn != null && current.successor() == null) {
            since = endedOn;
        }
        return new CurrentBody(current.bodyId(), current.code(), current.name(), since, endedOn);
    }

    private static boolean endedBy(BodyLink body, LocalDate today) {
        return body.endedOn() != null && !body.endedOn().isAfter(today);
    }

    private static LocalDate renamedBy(BodyLink body, LocalDate today) {
        return body.renamedOn() != null && !body.renamedOn().isAfter(today) ? body.renamedOn() : null;
    }
}
