package org.totalplace.spend.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.Money;

/**
 * Money as JSON carries it: {@code {"amount":"2200000000.00","currency":"GBP"}}. The amount is a decimal string
 * (a JSON number is refused), read exactly: more than two decimal places are refused, never rounded.
 */
@Schema(name = "Money", description = "An exact amount in a currency; the amount is a decimal string, never a JSON number")
public record MoneyJson(
        @Schema(type = SchemaType.STRING, required = true, pattern = "^-?[0-9]{1,17}(\\.[0-9]{1,2})?$",
                description = "Decimal string, at most 2 decimal places and 17 digits before the point; "
                        + "no exponent, no thousands separators",
                example = "2200000000.00")
        @NotNull @MoneyAmountText
        String amount,

        @Schema(required = true, pattern = "^[A-Z]{3}$", description = "ISO 4217 code", example = "GBP")
        @NotNull @CurrencyCodeText
        String currency) {

    static MoneyJson of(Money money) {
        return new MoneyJson(money.amountText(), money.currencyCode());
    }

    Money toMoney() {
        return Money.of(amount, currency);
    }
}
