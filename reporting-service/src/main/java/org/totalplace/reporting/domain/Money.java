package org.totalplace.reporting.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount in one currency at scale 2, small enough for SQL {@code numeric(19,2)}. Amounts with more
 * than two decimal places are refused, never rounded; currencies are never mixed.
 */
public record Money(BigDecimal amount, String currency) {

    public static final int SCALE = 2;
    /** numeric(19,2): 17 digits before the point. */
    public static final int MAX_INTEGER_DIGITS = 17;

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,40})?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (currency == null || !CURRENCY_CODE.matcher(currency).matches()) {
            throw new InvalidValueException("currency must be an ISO 4217 code such as \"GBP\"");
        }
        if (amount.scale() > SCALE && amount.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException("must have at most " + SCALE + " decimal places");
        }
        amount = amount.setScale(SCALE); // exact: only widening or dropping zeros
        if (amount.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
    }

    /** Money from its JSON text form, e.g. {@code parse("2200000000.00", "GBP")}; no exponents, no plus sign. */
    public static Money parse(String amount, String currency) {
        if (amount == null || !PLAIN_DECIMAL.matcher(amount).matches()) {
            throw new InvalidValueException("must be a plain decimal number such as \"123.45\"");
        }
        return new Money(new BigDecimal(amount), currency);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    /** The amount as JSON carries it: plain, exactly two decimal places ("0.30"). */
    public String amountText() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amountText() + " " + currency;
    }
}
