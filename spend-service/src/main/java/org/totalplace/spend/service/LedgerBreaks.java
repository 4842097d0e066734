package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.domain.LedgerMonth;
import org.totalplace.spend.domain.MonthlyBreaks;
import org.totalplace.spend.domain.Submission;

/**
 * Month-on-month breaks in bodies' ledgers: the lines of imports not withdrawn (every stored ledger line was accepted
 * by its import), summed by month as {@link LedgerMonth} decides, assessed by {@link MonthlyBreaks}.
 */
@ApplicationScoped
public class LedgerBreaks {

    /** Lines of period 13 of a financial year, shown apart. */
    public record YearEnd(FinancialYear year, BigDecimal total, long lines) {
    }

    /** One body's months (several submissions of the same body text are taken together). */
    public record BodyBreaks(String body, MonthlyBreaks.Result result, List<YearEnd> yearEnd, BigDecimal undatedTotal,
                             long undatedLines) {

        public BodyBreaks {
            yearEnd = List.copyOf(yearEnd);
        }
    }

    private final EntityManager em;
    private final SubmissionService submissions;

    LedgerBreaks(EntityManager em, SubmissionService submissions) {
        this.em = em;
        this.submissions = submissions;
    }

    @Transactional
    public BodyBreaks ofSubmission(UUID submissionId, BigDecimal factor, int minMonths) {
        Submission submission = submissions.require(submissionId);
        List<BodyBreaks> bodies = assess("s.id = :key", submissionId, null, factor, minMonths);
        return bodies.isEmpty()
                ? new BodyBreaks(submission.body(), MonthlyBreaks.assess(Map.of(), factor, minMonths), List.of(),
                        zero(), 0)
                : bodies.get(0);
    }

    @Transactional
    public List<BodyBreaks> ofPilotYear(UUID pilotId, FinancialYear year, BigDecimal factor, int minMonths) {
        if (KnownPilot.findById(pilotId) == null) {
            throw new NotFoundException("No pilot " + pilotId + " (pilots are known from pilots-service's events)");
        }
        return assess("s.pilot_id = :key and s.financial_year = :year", pilotId, year.toString(), factor, minMonths);
    }

    private List<BodyBreaks> assess(String where, UUID key, String year, BigDecimal factor, int minMonths) {
        var query = em.createNativeQuery("""
                select s.body, l.period, l.payment_date, sum(l.amount), count(*)
                from ledger_line l
                join ledger_import i on i.id = l.import_id and i.withdrawn_at is null
                join submission s on s.id = i.submission_id
                where %s
                group by s.body, l.period, l.payment_date""".formatted(where))
                .setParameter("key", key);
        if (year != null) {
            query.setParameter("year", year);
        }
        Map<String, Sums> byBody = new TreeMap<>();
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            Sums sums = byBody.computeIfAbsent((String) row[0], body -> new Sums());
            LocalDate date = toDate(row[2]);
            sums.add(LedgerMonth.of((String) row[1], date), (BigDecimal) row[3], ((Number) row[4]).longValue());
        }
        List<BodyBreaks> result = new ArrayList<>();
        byBody.forEach((body, sums) -> result.add(new BodyBreaks(body,
                MonthlyBreaks.assess(sums.months, factor, minMonths),
                sums.yearEnd.entrySet().stream()
                        .map(e -> new YearEnd(e.getKey(), e.getValue().total(), e.getValue().lines())).toList(),
                sums.undated.total(), sums.undated.lines())));
        return result;
    }

    private static LocalDate toDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }

    private static final class Sums {
        final Map<YearMonth, MonthlyBreaks.Sum> months = new TreeMap<>();
        final Map<FinancialYear, MonthlyBreaks.Sum> yearEnd = new TreeMap<>();
        MonthlyBreaks.Sum undated = new MonthlyBreaks.Sum(zero(), 0);

        void add(LedgerMonth month, BigDecimal total, long lines) {
            MonthlyBreaks.Sum sum = new MonthlyBreaks.Sum(total, lines);
            if (month instanceof LedgerMonth.Month m) {
                months.merge(m.month(), sum, Sums::plus);
            } else if (month instanceof LedgerMonth.YearEndAdjustment y) {
                yearEnd.merge(y.year(), sum, Sums::plus);
            } else {
                undated = plus(undated, sum);
            }
        }

        static MonthlyBreaks.Sum plus(MonthlyBreaks.Sum a, MonthlyBreaks.Sum b) {
            return new MonthlyBreaks.Sum(a.total().add(b.total()), a.lines() + b.lines());
        }
    }
}
