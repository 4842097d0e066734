package org.totalplace.spend.domain;

/**
 * How a spend line was counted: bottom-up from a body's own ledgers, or top-down from national statistics
 * apportioned to the place.
 */
public enum CountingMethod {
    BOTTOM_UP("bottom-up"),
    TOP_DOWN("top-down");

    private final String wire;

    CountingMethod(String wire) {
        this.wire = wire;
    }

    /** The name used in JSON and SQL. */
    public String wire() {
        return wire;
    }

    public static CountingMethod fromWire(String text) {
        for (CountingMethod method : values()) {
            if (method.wire.equals(text)) {
                return method;
            }
        }
        throw new InvalidValueException("must be one of \"bottom-up\", \"top-down\"");
    }
}
