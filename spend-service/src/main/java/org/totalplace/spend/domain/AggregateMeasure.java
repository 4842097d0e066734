package org.totalplace.spend.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an aggregate cell sums: the money, the source lines behind it, and the counted figures it is made of. */
public enum AggregateMeasure {

    /** The sum of the figures' amounts: GBP, nominal unless real terms are asked for. */
    AMOUNT_SUM("amount.sum"),
    /** The sum of the figures' line counts: how many source lines (ledger lines, outturn cells, ...) they stand for. */
    LINES_COUNT("lines.count"),
    /** How many counted figures (rows of the count) the cell is made of. */
    FIGURES_COUNT("figures.count");

    private final String wire;

    AggregateMeasure(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<AggregateMeasure> byWire(String name) {
        return Arrays.stream(values()).filter(measure -> measure.wire.equals(name)).findFirst();
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(AggregateMeasure::wire).toList());
    }
}
