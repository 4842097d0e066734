package org.totalplace.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.Money;

/** Money as JSON carries it: the amount a string with exactly two decimal places, never a floating number. */
@Schema(name = "Money", description = "An exact amount of money")
public record MoneyResponse(
        @Schema(description = "Plain decimal, two decimal places", examples = "2200000000.00", pattern = "^-?[0-9]{1,17}\\.[0-9]{2}$")
        String amount,
        @Schema(description = "ISO 4217 code", examples = "GBP")
        String currency) {

    /**
     * A report's figure, or null when there is none; amounts finer than a penny (quartiles, NPVs) are rounded
     * half-even to the penny.
     */
    public static MoneyResponse of(java.math.BigDecimal amount, String currency) {
        return amount == null ? null
                : new MoneyResponse(amount.setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString(), currency);
    }

    public static MoneyResponse of(Money money) {
        return new MoneyResponse(money.amountText(), money.currency());
    }
}
