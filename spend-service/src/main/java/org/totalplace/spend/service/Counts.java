package org.totalplace.spend.service;

import org.totalplace.spend.domain.CountInputsChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;
import org.totalplace.spend.domain.Classification;
import org.totalplace.spend.domain.CountSource;
import org.totalplace.spend.domain.CountTally;
import org.totalplace.spend.domain.CountingRuleSet;
import org.totalplace.spend.domain.CountingRules;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.FunctionCode;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.domain.PilotArea;
import org.totalplace.spend.domain.SpendType;
import org.totalplace.spend.events.Outbox;
import org.totalplace.spend.events.PilotTotalsChanged;

/**
 * Counts a pilot's year under every published rule version, from the sources as they stand, in the transaction that
 * changed them (ledger imports and withdrawals: in the {@link CountQueue}'s transaction just after theirs): ledger
 * lines (bottom-up, by the import's category totals), the CRA apportioned by population (top-down), the Revenue
 * Outturn in place of the local-government estimate where the pilot's councils have one, and moderators'
 * adjustments as lines of their own.
 * When a count's figures differ from the last, {@code pilot-totals-changed} is recorded in the outbox.
 */
@ApplicationScoped
public class Counts {

    public static final String BOTTOM_UP = "bottom-up";
    public static final String TOP_DOWN = "top-down";
    public static final String OUTTURN = "outturn";
    public static final String ADJUSTMENT = "adjustment";
    static final String LOCAL_GOVERNMENT = "Local government";
    private static final Map<String, String> SECTORS = Map.of("CG", "Central government", "LG", LOCAL_GOVERNMENT,
            "PC", "Public corporations", "BOE", "Bank of England");

    private final EntityManager em;
    private final TopDownEstimates topDown;
    private final RuleDefinitions definitions;
    private final CountSummaries summaries;
    private final Outbox outbox;
    private final Clock clock;

    Counts(EntityManager em, TopDownEstimates topDown, RuleDefinitions definitions, CountSummaries summaries,
           Outbox outbox, Clock clock) {
        this.em = em;
        this.topDown = topDown;
        this.definitions = definitions;
        this.summaries = summaries;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Recounts what the change touched, in the changing transaction (a null pilot or year means all of them). */
    void onInputsChanged(@Observes CountInputsChanged changed) {
        recount(changed);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(CountInputsChanged changed) {
        List<CountingRuleSet> versions = CountingRuleSet.list("status = ?1 order by version",
                CountingRuleSet.Status.PUBLISHED);
        for (CountingRuleSet version : versions) {
            recountVersion(version, changed);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recountVersion(CountingRuleSet version, CountInputsChanged changed) {
        CountingRules rules = definitions.rules(version.definition());
        List<KnownPilot> pilots = changed.pilotId() == null ? KnownPilot.list("order by pilotId")
                : KnownPilot.<KnownPilot>findByIdOptional(changed.pilotId()).stream().toList();
        for (KnownPilot pilot : pilots) {
            Set<FinancialYear> years = changed.year() == null ? yearsOf(pilot.pilotId()) : Set.of(changed.year());
            for (FinancialYear year : years) {
                count(version.version(), rules, pilot, year);
            }
        }
    }

    private void count(int ruleVersion, CountingRules rules, KnownPilot pilot, FinancialYear year) {
        // one count of a pilot's year at a time: two transactions each deleting and rewriting its figures would
        // otherwise leave both sets behind
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "count " + pilot.pilotId() + " " + year)
                .getSingleResult();
        CountTally tally = new CountTally();
        bottomUp(tally, rules, pilot.pilotId(), year);
        TopDownEstimates.Share share = shareOf(pilot, year);
        if (share != null) {
            apportion(tally, rules, share, year);
            outturn(tally, rules, pilot, year);
        }
        adjustments(tally, pilot.pilotId(), year);
        List<CountTally.Figure> figures = tally.figures();
        store(ruleVersion, pilot.pilotId(), year, figures);
        String digest = CountTally.digest(figures);
        if (recordRun(ruleVersion, pilot.pilotId(), year, digest)) {
            PilotTotalsChanged totals = PilotTotalsChanged.of(summaries.summary(pilot, year, ruleVersion, rules),
                    clock.instant());
            outbox.record(PilotTotalsChanged.TYPE, pilot.pilotId(), totals);
        }
    }

    private void bottomUp(CountTally tally, CountingRules rules, UUID pilotId, FinancialYear year) {
        // plain JDBC: a year's category totals run to thousands of rows per import, and this is on every import's
        // critical path (deploy/bench/import.sh)
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    select s.body, c.service_level_1, c.service_level_2, c.service_level_3, c.supplier,
                           sum(c.amount), sum(c.line_count)
                    from ledger_category_total c
                    join ledger_import i on i.id = c.import_id and i.withdrawn_at is null
                    join submission s on s.id = i.submission_id
                    where s.pilot_id = ? and s.financial_year = ?
                    group by 1, 2, 3, 4, 5""")) {
                query.setObject(1, pilotId);
                query.setString(2, year.toString());
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        Map<String, String> category = new HashMap<>();
                        put(category, "serviceLevel1", row.getString(2));
                        put(category, "serviceLevel2", row.getString(3));
                        put(category, "serviceLevel3", row.getString(4));
                        put(category, "supplier", row.getString(5));
                        Classification classification = rules.classify(CountSource.LEDGER, category,
                                SpendType.REVENUE).orElseThrow();
                        tally.add(BOTTOM_UP, row.getString(1), classification, row.getBigDecimal(6), row.getLong(7));
                    }
                }
            }
        });
    }

    private TopDownEstimates.Share shareOf(KnownPilot pilot, FinancialYear year) {
        String why;
        TopDownEstimates.Share share = null;
        try {
            share = topDown.share(pilot, year);
            why = null;
        } catch (RuleViolationException e) {
            why = e.getMessage();
        }
        em.createNativeQuery("delete from count_population where pilot_id = :pilot and financial_year = :year")
                .setParameter("pilot", pilot.pilotId())
                .setParameter("year", year.toString())
                .executeUpdate();
        em.createNativeQuery("""
                        insert into count_population (pilot_id, financial_year, population, population_year, columns,
                                                      why_none)
                        values (:pilot, :year, :population, :populationYear, :columns, :why)""")
                .setParameter("pilot", pilot.pilotId())
                .setParameter("year", year.toString())
                .setParameter("population", share == null ? null : share.pilotPopulation())
                .setParameter("populationYear", year.startYear())
                .setParameter("columns", share == null ? "" : String.join("; ", share.populationColumns()))
                .setParameter("why", why)
                .executeUpdate();
        return share;
    }

    /** Region spend × pilot population ÷ region population, every identifiable CRA category of the year. */
    private void apportion(CountTally tally, CountingRules rules, TopDownEstimates.Share share, FinancialYear year) {
        List<?> rows = em.createNativeQuery("""
                        select cofog_level_0, cofog_level_1, department, cg_lg_or_pc, cap_or_cur,
                               sum(value_gbp_thousand), count(*)
                        from cra_line
                        where nuts_region = :region and year = :year and id_non_id = 'ID'
                        group by 1, 2, 3, 4, 5""")
                .setParameter("region", share.region().craRegion())
                .setParameter("year", year.toString())
                .getResultList();
        BigDecimal pilotPopulation = BigDecimal.valueOf(share.pilotPopulation());
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            Map<String, String> category = new HashMap<>();
            put(category, "cofogLevel0", row[0]);
            put(category, "cofogLevel1", row[1]);
            put(category, "department", row[2]);
            put(category, "sector", row[3]);
            SpendType type = "CAP".equals(row[4]) ? SpendType.CAPITAL : SpendType.REVENUE;
            Classification classification = rules.classify(CountSource.CRA, category, type).orElseThrow();
            BigDecimal pounds = ((BigDecimal) row[5]).movePointRight(3);
            tally.addShare(TOP_DOWN, SECTORS.getOrDefault((String) row[3], (String) row[3]), classification,
                    pounds.multiply(pilotPopulation), share.regionPopulation(), ((Number) row[6]).longValue());
        }
    }

    /**
     * Where every one of the pilot's areas has a Revenue Outturn for the year, its councils' service lines replace
     * the local-government part of the top-down estimate, function (level 1) by function, for the functions the
     * outturn reports any spending on; the others (e.g. police and fire, run by authorities outside the pilot's
     * areas) stay estimated.
     */
    private void outturn(CountTally tally, CountingRules rules, KnownPilot pilot, FinancialYear year) {
        Set<String> codes = new TreeSet<>();
        for (PilotArea area : pilot.areas()) {
            codes.add(area.registerCode());
        }
        List<?> rows = em.createNativeQuery("""
                        select register_code, body, column_label, value_gbp_thousand from outturn_line
                        where financial_year = :year and register_code in (:codes)
                        order by body, line""")
                .setParameter("year", year.toString())
                .setParameter("codes", codes)
                .getResultList();
        Set<String> found = new HashSet<>();
        List<Object[]> lines = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            found.add((String) row[0]);
            lines.add(row);
        }
        if (lines.isEmpty() || !found.containsAll(codes)) {
            return;
        }
        Map<String, BigDecimal> byFunction = new LinkedHashMap<>();
        CountTally outturn = new CountTally();
        for (Object[] row : lines) {
            rules.classify(CountSource.OUTTURN, Map.of("column", (String) row[2]), SpendType.REVENUE)
                    .ifPresent(classification -> {
                        BigDecimal pounds = ((BigDecimal) row[3]).movePointRight(3);
                        outturn.add(OUTTURN, (String) row[1], classification, pounds, 1);
                        if (classification.counted()) {
                            byFunction.merge(classification.function().level1(), pounds, BigDecimal::add);
                        }
                    });
        }
        Set<String> covered = new TreeSet<>();
        byFunction.forEach((function, total) -> {
            if (total.signum() != 0) {
                covered.add(function);
            }
        });
        tally.drop(TOP_DOWN, Set.of(LOCAL_GOVERNMENT), covered);
        for (CountTally.Figure figure : outturn.figures()) {
            if (covered.contains(figure.key().function().level1()) || !figure.counted()) {
                tally.add(OUTTURN, figure.key().body(), new Classification(figure.key().function(),
                        figure.key().spendType(), figure.key().exclusion()), figure.amount(), figure.lines());
            }
        }
    }

    /** Moderators' adjustments not withdrawn: separate lines, counted as they were recorded, under every version. */
    private void adjustments(CountTally tally, UUID pilotId, FinancialYear year) {
        List<?> rows = em.createNativeQuery("""
                        select body, function_l1, function_l2, spend_type, amount from adjustment
                        where pilot_id = :pilot and financial_year = :year and withdrawn_at is null""")
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .getResultList();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            Classification classification = new Classification(new FunctionCode((String) row[1], (String) row[2]),
                    SpendType.fromWire((String) row[3]), null);
            tally.add(ADJUSTMENT, (String) row[0], classification, (BigDecimal) row[4], 1);
        }
    }

    private void store(int ruleVersion, UUID pilotId, FinancialYear year, List<CountTally.Figure> figures) {
        em.createNativeQuery("""
                        delete from counted_figure
                        where rule_version = :version and pilot_id = :pilot and financial_year = :year""")
                .setParameter("version", ruleVersion)
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .executeUpdate();
        if (figures.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into counted_figure (rule_version, pilot_id, financial_year, method, body, function_l1,
                                                function_l2, spend_type, treatment, exclusion, amount, line_count)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (CountTally.Figure figure : figures) {
                    CountTally.Key key = figure.key();
                    insert.setInt(1, ruleVersion);
                    insert.setObject(2, pilotId);
                    insert.setString(3, year.toString());
                    insert.setString(4, key.method());
                    insert.setString(5, key.body());
                    insert.setString(6, key.function().level1());
                    insert.setString(7, key.function().level2());
                    insert.setString(8, key.spendType().wire());
                    insert.setString(9, figure.counted() ? "counted" : "excluded");
                    insert.setString(10, key.exclusion());
                    insert.setBigDecimal(11, figure.amount());
                    insert.setLong(12, figure.lines());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /** Records this count; true when its figures differ from the last count's (or there was none with figures). */
    private boolean recordRun(int ruleVersion, UUID pilotId, FinancialYear year, String digest) {
        List<?> previous = em.createNativeQuery("""
                        select totals_digest from count_run
                        where rule_version = :version and pilot_id = :pilot and financial_year = :year
                        for update""")
                .setParameter("version", ruleVersion)
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .getResultList();
        em.createNativeQuery("""
                        insert into count_run (rule_version, pilot_id, financial_year, counted_at, totals_digest)
                        values (:version, :pilot, :year, :at, :digest)
                        on conflict (rule_version, pilot_id, financial_year)
                        do update set counted_at = excluded.counted_at, totals_digest = excluded.totals_digest""")
                .setParameter("version", ruleVersion)
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .setParameter("at", Timestamp.from(clock.instant()))
                .setParameter("digest", digest)
                .executeUpdate();
        String empty = CountTally.digest(List.of());
        return previous.isEmpty() ? !digest.equals(empty) : !previous.get(0).equals(digest);
    }

    /** The years a pilot has anything to count in: the CRA's and the outturn's years, and its submissions'. */
    private Set<FinancialYear> yearsOf(UUID pilotId) {
        List<?> rows = em.createNativeQuery("""
                        select distinct year from cra_line
                        union select financial_year from outturn_line
                        union select financial_year from submission where pilot_id = :pilot
                        union select financial_year from adjustment where pilot_id = :pilot""")
                .setParameter("pilot", pilotId)
                .getResultList();
        Set<FinancialYear> years = new TreeSet<>();
        for (Object year : rows) {
            years.add(FinancialYear.parse(year.toString().strip()));
        }
        return years;
    }

    private static void put(Map<String, String> category, String field, Object value) {
        if (value != null) {
            category.put(field, (String) value);
        }
    }
}
