package org.totalplace.spend.domain;

/** Whether money was spent on running services (revenue) or on assets (capital); both count, each is labelled. */
public enum SpendType {
    REVENUE("revenue"),
    CAPITAL("capital");

    private final String wire;

    SpendType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static SpendType fromWire(String text) {
        for (SpendType type : values()) {
            if (type.wire.equals(text)) {
                return type;
            }
        }
        throw new InvalidValueException("must be \"revenue\" or \"capital\"");
    }
}
