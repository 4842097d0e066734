package org.totalplace.spend.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The month a ledger line's spending belongs to. A period in financial-period form {@code YYYYPP} decides: the
 * financial year starting in April of {@code YYYY}, period {@code PP} 01 = April ... 12 = March; {@code PP} 13 is the
 * year-end adjustment period, which belongs to no month. Any other period text (blank, another layout, period 00 or
 * above 13) falls back to the payment date's month. With neither, the line is undated.
 */
public sealed interface LedgerMonth {

    /** A calendar month. */
    record Month(YearMonth month) implements LedgerMonth {
    }

    /** Period 13 of a financial year: year-end adjustments, not spending of any one month. */
    record YearEndAdjustment(FinancialYear year) implements LedgerMonth {
    }

    /** No usable period and no payment date. */
    record Undated() implements LedgerMonth {
    }

    Pattern FINANCIAL_PERIOD = Pattern.compile("([0-9]{4})([0-9]{2})");

    static LedgerMonth of(String period, LocalDate paymentDate) {
        Optional<LedgerMonth> fromPeriod = fromPeriod(period);
        if (fromPeriod.isPresent()) {
            return fromPeriod.get();
        }
        return paymentDate == null ? new Undated() : new Month(YearMonth.from(paymentDate));
    }

    /** {@code 201009} → December 2010; {@code 201013} → 2010-11's year-end adjustments; anything else → empty. */
    static Optional<LedgerMonth> fromPeriod(String period) {
        if (period == null) {
            return Optional.empty();
        }
        Matcher m = FINANCIAL_PERIOD.matcher(period.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int startYear = Integer.parseInt(m.group(1));
        int number = Integer.parseInt(m.group(2));
        if (startYear < 1000 || startYear > 9998 || number < 1 || number > 13) {
            return Optional.empty();
        }
        if (number == 13) {
            return Optional.of(new YearEndAdjustment(FinancialYear.startingIn(startYear)));
        }
        return Optional.of(new Month(YearMonth.of(startYear, 4).plusMonths(number - 1L)));
    }
}
