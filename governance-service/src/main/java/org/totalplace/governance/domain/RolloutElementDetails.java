package org.totalplace.governance.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a client records about a roll-out element: the element, its hypothesis, the outcomes sought, the barriers
 * to achieving them (barriers of this register) and ways of overcoming these. Text is trimmed.
 */
public record RolloutElementDetails(RolloutElementKind kind, String hypothesis, List<String> outcomesSought,
                                    List<UUID> barrierIds, List<String> waysToOvercome) {

    public RolloutElementDetails {
        Objects.requireNonNull(kind, "kind");
        hypothesis = Objects.requireNonNull(hypothesis, "hypothesis").strip();
        outcomesSought = outcomesSought == null ? List.of() : outcomesSought.stream().map(String::strip).toList();
        barrierIds = barrierIds == null ? List.of() : List.copyOf(barrierIds);
        waysToOvercome = waysToOvercome == null ? List.of() : waysToOvercome.stream().map(String::strip).toList();
    }
}
