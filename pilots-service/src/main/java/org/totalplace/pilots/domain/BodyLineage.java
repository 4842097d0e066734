package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner body through time: the day it was established (when known), the name it bears now, and its successions
 * in order. Past views read the body as it was on their day; current views read today's. Pure: no I/O.
 */
public record BodyLineage(UUID id, String currentName, LocalDate establishedOn, List<PastSuccession> successions) {

    public BodyLineage {
        successions = successions.stream().sorted(Comparator.comparing(PastSuccession::effectiveOn)).toList();
    }

    /** One name of the body, borne from {@code from} (null: since it was established) to {@code to} (null: still). */
    public record Name(String name, LocalDate from, LocalDate to) {
    }

    /** Every name the body has borne, earliest first; a rename ends the former name the day before it takes effect. */
    public List<Name> names() {
        List<Name> names = new ArrayList<>();
        LocalDate from = establishedOn;
        for (PastSuccession rename : renames()) {
            names.add(new Name(rename.formerName(), from, rename.effectiveOn().minusDays(1)));
            from = rename.effectiveOn();
        }
        names.add(new Name(currentName, from, null));
        return names;
    }

    /** The name the body bore on {@code day}: its first recorded name for a day before any rename. */
    public String nameOn(LocalDate day) {
        return renames().stream().filter(rename -> rename.effectiveOn().isAfter(day)).findFirst()
                .map(PastSuccession::formerName).orElse(currentName);
    }

    /** The merger or abolition that had ended the body by {@code day}, if any. */
    public Optional<PastSuccession> endBy(LocalDate day) {
        return end().filter(end -> !end.effectiveOn().isAfter(day));
    }

    /** The merger or abolition that ends the body, whenever it takes effect. */
    public Optional<PastSuccession> end() {
        return successions.stream().filter(succession -> succession.kind().ends()).findFirst();
    }

    /** The latest succession of any kind. */
    public Optional<PastSuccession> latest() {
        return successions.isEmpty() ? Optional.empty() : Optional.of(successions.get(successions.size() - 1));
    }

    private List<PastSuccession> renames() {
        return successions.stream().filter(succession -> succession.kind() == SuccessionKind.RENAMED).toList();
    }
}
