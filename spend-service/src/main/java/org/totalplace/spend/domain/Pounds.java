package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one rounding of appraised money: to the penny, half to even, once, at the end. */
public final class Pounds {

    private Pounds() {
    }

    public static BigDecimal toPenny(BigDecimal exact) {
        return exact.setScale(Money.SCALE, RoundingMode.HALF_EVEN);
    }
}
