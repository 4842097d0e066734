package org.totalplace.spend.domain;

import java.math.BigDecimal;

/**
 * A sensitivity case. Each case pairs the ends of the ranges that move the net position the same way: LOW is the
 * least favourable case (low savings with high investment), HIGH the most favourable (high savings with low
 * investment), CENTRAL the central estimates of both. So LOW to HIGH brackets every net position the ranges allow.
 */
public enum Scenario {
    LOW("low"),
    CENTRAL("central"),
    HIGH("high");

    private final String wire;

    Scenario(String wire) {
        this.wire = wire;
    }

    /** The name used in JSON. */
    public String wire() {
        return wire;
    }

    /** The investment this case takes from a range: the high end in the LOW case, the low end in the HIGH case. */
    public BigDecimal investment(AmountRange range) {
        return switch (this) {
            case LOW -> range.high();
            case CENTRAL -> range.central();
            case HIGH -> range.low();
        };
    }

    /** The savings this case takes from a range: the end its name says. */
    public BigDecimal savings(AmountRange range) {
        return switch (this) {
            case LOW -> range.low();
            case CENTRAL -> range.central();
            case HIGH -> range.high();
        };
    }
}
