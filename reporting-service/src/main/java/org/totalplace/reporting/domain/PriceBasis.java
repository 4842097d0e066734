package org.totalplace.reporting.domain;

import java.util.Comparator;
import java.util.Objects;

/**
 * Whether amounts are in the prices of the year they were spent (nominal) or adjusted to the prices of a stated
 * base year (real). A real basis always names its base year; a nominal one never does. Amounts on different
 * bases are never added together.
 */
public record PriceBasis(Kind kind, FinancialYear baseYear) implements Comparable<PriceBasis> {

    /** Nominal first, then real by base year. */
    private static final Comparator<PriceBasis> ORDER = Comparator.comparing(PriceBasis::kind)
            .thenComparing(PriceBasis::baseYear, Comparator.nullsFirst(Comparator.naturalOrder()));

    public enum Kind {
        NOMINAL("nominal"),
        REAL("real");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        /** The name used in JSON and SQL. */
        public String wire() {
            return wire;
        }

        public static Kind fromWire(String text) {
            for (Kind kind : values()) {
                if (kind.wire.equals(text)) {
                    return kind;
                }
            }
            throw new InvalidValueException("must be one of \"nominal\", \"real\"");
        }
    }

    public PriceBasis {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.REAL && baseYear == null) {
            throw new InvalidValueException("a real price basis needs a base year");
        }
        if (kind == Kind.NOMINAL && baseYear != null) {
            throw new InvalidValueException("a nominal price basis has no base year");
        }
    }

    public static PriceBasis nominal() {
        return new PriceBasis(Kind.NOMINAL, null);
    }

    public static PriceBasis real(FinancialYear baseYear) {
        return new PriceBasis(Kind.REAL, Objects.requireNonNull(baseYear, "baseYear"));
    }

    @Override
    public int compareTo(PriceBasis other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind == Kind.REAL ? "real (" + baseYear + " prices)" : "nominal";
    }
}
