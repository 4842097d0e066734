package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded succession of a body, as the rules and views need it: from {@code effectiveOn} the body bears
 * {@code newName} (a rename) or is gone, its functions with {@code successor} (null for an abolition without one).
 */
public record PastSuccession(SuccessionKind kind, LocalDate effectiveOn, String formerName, String newName,
                             Successor successor, String reason) {

    public PastSuccession {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
    }

    /** The body that took on a merged or abolished body's functions, as it is known now. */
    public record Successor(UUID id, String code, String name) {
    }
}
