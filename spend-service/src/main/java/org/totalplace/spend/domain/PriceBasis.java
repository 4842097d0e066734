package org.totalplace.spend.domain;

import java.util.Objects;

/**
 * Whether an amount is in the prices of the year it was spent (nominal) or adjusted to the prices of a stated
 * base year (real). A real basis always names its base year; a nominal one never does.
 */
public record PriceBasis(Kind kind, FinancialYear baseYear) {

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

    public static final PriceBasis NOMINAL = new PriceBasis(Kind.NOMINAL, null);

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
        return NOMINAL;
    }

    public static PriceBasis real(FinancialYear baseYear) {
        return new PriceBasis(Kind.REAL, Objects.requireNonNull(baseYear, "baseYear"));
    }

    public boolean isReal() {
        return kind == Kind.REAL;
    }

    @Override
    public String toString() {
        return isReal() ? "real (" + baseYear + " prices)" : "nominal";
    }
}
