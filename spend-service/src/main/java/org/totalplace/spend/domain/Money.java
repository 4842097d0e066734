package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency, always at scale 2 (pounds and pence), small enough to fit SQL
 * {@code numeric(19,2)}. Amounts with more than two decimal places are refused, never rounded.
 */
public final class Money implements Comparable<Money> {

    public static final int SCALE = 2;
    /** numeric(19,2): 17 digits before the point. */
    public static final int MAX_INTEGER_DIGITS = 17;

    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(MAX_INTEGER_DIGITS);
    /** Plain decimal: optional minus, digits, optional point followed by digits. No exponent, no plus, no spaces. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    /** Longer than any amount numeric(19,2) can hold, even with a few leading zeros; refused before parsing. */
    private static final int MAX_TEXT_LENGTH = 40;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** Money from an exact amount; its scale may be 0, 1 or 2 and is widened to 2. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(checkedAmount(amount), Objects.requireNonNull(currency, "currency"));
    }

    /** Money from its JSON/SQL text form, e.g. {@code of("2200000000.00", "GBP")}. */
    public static Money of(String amount, String currencyCode) {
        return of(parseAmount(amount), parseCurrency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /**
     * Reads a plain decimal string ("123.45", "-3", "0.1") exactly. Refuses blanks, exponents ("1e3"),
     * NaN/Infinity, a leading plus, more than two decimal places and anything beyond numeric(19,2).
     */
    public static BigDecimal parseAmount(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidValueException("must not be empty");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidValueException("must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new InvalidValueException("must be a plain decimal number such as \"123.45\"");
        }
        return checkedAmount(new BigDecimal(text));
    }

    /** An ISO 4217 code in capitals ("GBP") for a real currency (not gold, not "no currency"). */
    public static Currency parseCurrency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            throw new InvalidValueException("must be an ISO 4217 currency code such as \"GBP\"");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("must be an ISO 4217 currency code such as \"GBP\"");
        }
        if (currency.getDefaultFractionDigits() < 0) {
            throw new InvalidValueException("must be a currency, not a commodity or test code");
        }
        return currency;
    }

    private static BigDecimal checkedAmount(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.scale() > SCALE) {
            throw new InvalidValueException("must have at most " + SCALE + " decimal places");
        }
        BigDecimal scaled = amount.setScale(SCALE); // widening only: exact
        if (scaled.abs().compareTo(LIMIT) >= 0) {
            throw new InvalidValueException("must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        return scaled;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    /** The amount as JSON carries it: plain, exactly two decimal places ("0.10"). */
    public String amountText() {
        return amount.toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return of(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return of(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new InvalidValueException("cannot combine " + currencyCode() + " with " + other.currencyCode());
        }
    }

    /** Orders amounts of the same currency; refuses to compare across currencies. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && amount.equals(m.amount) && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return amountText() + " " + currencyCode();
    }
}
