package org.totalplace.spend.service;

import org.totalplace.spend.domain.CountSummary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.CountingRuleSet;
import org.totalplace.spend.domain.CountingRules;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.KnownPilot;

/** Reads a pilot's counted figures back as totals (the count API and the totals-changed event share this). */
@ApplicationScoped
public class CountSummaries {

    private final EntityManager em;
    private final RuleDefinitions definitions;
    private final CountQueue queue;

    CountSummaries(EntityManager em, RuleDefinitions definitions, CountQueue queue) {
        this.em = em;
        this.definitions = definitions;
        this.queue = queue;
    }

    /** The pilot's count for the year under {@code ruleVersion}, or the newest published version when null. */
    @Transactional
    public CountSummary summary(UUID pilotId, FinancialYear year, Integer ruleVersion) {
        queue.catchUp(pilotId, year);
        KnownPilot pilot = KnownPilot.<KnownPilot>findByIdOptional(pilotId).orElseThrow(() -> new NotFoundException(
                "No pilot " + pilotId + " (pilots are known from pilots-service's events)"));
        CountingRuleSet version = ruleVersion == null
                ? CountingRuleSet.<CountingRuleSet>find("status = ?1 order by version desc",
                        CountingRuleSet.Status.PUBLISHED).firstResultOptional()
                        .orElseThrow(() -> new NotFoundException("No counting rules are published yet"))
                : CountingRuleSet.<CountingRuleSet>findByIdOptional(ruleVersion)
                        .orElseThrow(() -> new NotFoundException("No counting rules version " + ruleVersion));
        if (version.status() != CountingRuleSet.Status.PUBLISHED) {
            throw new RuleViolationException("Counting rules version " + ruleVersion + " is a draft: nothing is "
                    + "counted under it until it is published",
                    List.of(new Violation("ruleVersion", "version " + ruleVersion + " is not published")));
        }
        return summary(pilot, year, version.version(), definitions.rules(version.definition()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CountSummary summary(KnownPilot pilot, FinancialYear year, int ruleVersion, CountingRules rules) {
        String name = CountingRuleSet.<CountingRuleSet>findByIdOptional(ruleVersion).map(CountingRuleSet::name)
                .orElseThrow();
        List<?> populationRows = em.createNativeQuery("""
                        select population, why_none from count_population
                        where pilot_id = :pilot and financial_year = :year""")
                .setParameter("pilot", pilot.pilotId())
                .setParameter("year", year.toString())
                .getResultList();
        Long population = null;
        String why = "not counted yet";
        if (!populationRows.isEmpty()) {
            Object[] row = (Object[]) populationRows.get(0);
            population = row[0] == null ? null : ((Number) row[0]).longValue();
            why = (String) row[1];
        }
        List<CountSummary.MethodTotal> methods = new ArrayList<>();
        for (Object r : query("""
                select method, coalesce(sum(amount) filter (where treatment = 'counted'), 0),
                       coalesce(sum(line_count) filter (where treatment = 'counted'), 0),
                       coalesce(sum(amount) filter (where treatment = 'excluded'), 0)
                from counted_figure where rule_version = :version and pilot_id = :pilot and financial_year = :year
                group by method order by method""", ruleVersion, pilot, year)) {
            Object[] row = (Object[]) r;
            BigDecimal counted = (BigDecimal) row[1];
            methods.add(new CountSummary.MethodTotal((String) row[0], counted, perCapita(counted, population),
                    ((Number) row[2]).longValue(), (BigDecimal) row[3]));
        }
        List<CountSummary.FunctionTotal> functions = new ArrayList<>();
        for (Object r : query("""
                select method, function_l1, sum(amount)
                from counted_figure where rule_version = :version and pilot_id = :pilot and financial_year = :year
                  and treatment = 'counted'
                group by method, function_l1 order by method, function_l1""", ruleVersion, pilot, year)) {
            Object[] row = (Object[]) r;
            BigDecimal amount = (BigDecimal) row[2];
            functions.add(new CountSummary.FunctionTotal((String) row[0], (String) row[1],
                    rules.functionName((String) row[1]), amount, perCapita(amount, population)));
        }
        functions.sort(java.util.Comparator.comparing(CountSummary.FunctionTotal::method)
                .thenComparing(f -> sortable(f.functionL1())));
        List<CountSummary.Exclusion> exclusions = new ArrayList<>();
        for (Object r : query("""
                select method, exclusion, sum(amount), sum(line_count)
                from counted_figure where rule_version = :version and pilot_id = :pilot and financial_year = :year
                  and treatment = 'excluded'
                group by method, exclusion order by method, exclusion""", ruleVersion, pilot, year)) {
            Object[] row = (Object[]) r;
            exclusions.add(new CountSummary.Exclusion((String) row[0], (String) row[1], (BigDecimal) row[2],
                    ((Number) row[3]).longValue()));
        }
        List<?> run = em.createNativeQuery("""
                        select counted_at from count_run
                        where rule_version = :version and pilot_id = :pilot and financial_year = :year""")
                .setParameter("version", ruleVersion)
                .setParameter("pilot", pilot.pilotId())
                .setParameter("year", year.toString())
                .getResultList();
        Instant countedAt = run.isEmpty() ? null : SqlValues.instant(run.get(0));
        return new CountSummary(pilot.pilotId(), pilot.code(), pilot.name(), year.toString(), ruleVersion, name,
                population, population == null ? why : null, methods, functions, exclusions, countedAt);
    }

    private List<?> query(String sql, int ruleVersion, KnownPilot pilot, FinancialYear year) {
        return em.createNativeQuery(sql)
                .setParameter("version", ruleVersion)
                .setParameter("pilot", pilot.pilotId())
                .setParameter("year", year.toString())
                .getResultList();
    }

    static BigDecimal perCapita(BigDecimal amount, Long population) {
        return population == null ? null : amount.divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_EVEN);
    }

    /** "2" before "10"; "unclassified" last. */
    private static String sortable(String code) {
        return code.chars().allMatch(Character::isDigit) ? String.format("%05d", Integer.parseInt(code)) : "~" + code;
    }
}
