package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.OutlierRule;

/**
 * Per-capita spend by function across pilots on one rule version, counting method and year, from the count
 * ({@code counted_figure}, treatment counted; {@code count_population}), with outliers flagged by
 * {@link OutlierRule}. The pilots compared are those with any counted figure (counted or excluded) for that version,
 * method and year; a pilot with no counted figure in a function has 0.00 there. Per-capita = total ÷ population,
 * rounded half-even to the penny; quartiles and fences are computed from those per-capita figures.
 */
@ApplicationScoped
public class PilotComparison {

    public record Query(FinancialYear year, int ruleVersion, String method, int level, BigDecimal multiplier,
                        int minPilots) {
    }

    /** A pilot's figure in one function; perCapita null (and why) when it cannot be compared. */
    public record PilotFigure(UUID pilotId, String code, String name, BigDecimal total, Long population,
                              BigDecimal perCapita, String whyNotComparable, OutlierRule.Direction outlier) {
    }

    /** One function: every pilot, and the fences (null, with why, when too few pilots are comparable). */
    public record FunctionComparison(String function, List<PilotFigure> pilots, OutlierRule.Fences fences,
                                     String whyNoFences) {

        public FunctionComparison {
            pilots = List.copyOf(pilots);
        }
    }

    public record Comparison(Query query, String ruleSetStatus, List<FunctionComparison> functions) {

        public Comparison {
            functions = List.copyOf(functions);
        }
    }

    private record Pilot(UUID id, String code, String name, Long population, String whyNone) {
    }

    private final EntityManager em;

    private final CountQueue queue;

    PilotComparison(EntityManager em, CountQueue queue) {
        this.em = em;
        this.queue = queue;
    }

    @Transactional
    public Comparison compare(Query query) {
        queue.catchUp(null, query.year());
        List<?> status = em.createNativeQuery("select status from counting_rule_set where version = :version")
                .setParameter("version", query.ruleVersion()).getResultList();
        if (status.isEmpty()) {
            throw new RuleViolationException("No counting rule set has version " + query.ruleVersion(),
                    List.of(new Violation("ruleVersion", "no such rule set version")));
        }
        Map<UUID, Pilot> pilots = pilots(query);
        String column = query.level() == 1 ? "function_l1" : "function_l2";
        List<?> rows = em.createNativeQuery("""
                        select pilot_id, %s, sum(amount) from counted_figure
                        where rule_version = :version and financial_year = :year and method = :method
                          and treatment = 'counted'
                        group by pilot_id, %s""".formatted(column, column))
                .setParameter("version", query.ruleVersion())
                .setParameter("year", query.year().toString())
                .setParameter("method", query.method())
                .getResultList();
        Map<String, Map<UUID, BigDecimal>> byFunction = new TreeMap<>(FUNCTION_ORDER);
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            byFunction.computeIfAbsent((String) row[1], f -> new HashMap<>()).put((UUID) row[0], (BigDecimal) row[2]);
        }
        List<FunctionComparison> functions = new ArrayList<>();
        byFunction.forEach((function, totals) -> functions.add(compare(function, totals, pilots.values(), query)));
        return new Comparison(query, (String) status.get(0), functions);
    }

    private static FunctionComparison compare(String function, Map<UUID, BigDecimal> totals,
                                              java.util.Collection<Pilot> pilots, Query query) {
        List<PilotFigure> figures = new ArrayList<>();
        List<BigDecimal> comparable = new ArrayList<>();
        for (Pilot pilot : pilots) {
            BigDecimal total = totals.getOrDefault(pilot.id(), new BigDecimal("0.00"));
            if (pilot.population() == null) {
                figures.add(new PilotFigure(pilot.id(), pilot.code(), pilot.name(), total, null, null,
                        pilot.whyNone(), null));
                continue;
            }
            BigDecimal perCapita = total.divide(BigDecimal.valueOf(pilot.population()), 2, RoundingMode.HALF_EVEN);
            comparable.add(perCapita);
            figures.add(new PilotFigure(pilot.id(), pilot.code(), pilot.name(), total, pilot.population(), perCapita,
                    null, null));
        }
        OutlierRule.Fences fences = OutlierRule.fences(comparable, query.multiplier(), query.minPilots());
        String whyNoFences = fences == null ? "only " + comparable.size() + " pilot(s) comparable; at least "
                + query.minPilots() + " are needed for quartiles" : null;
        List<PilotFigure> flagged = figures.stream()
                .map(f -> fences == null || f.perCapita() == null ? f
                        : new PilotFigure(f.pilotId(), f.code(), f.name(), f.total(), f.population(), f.perCapita(),
                        null, fences.classify(f.perCapita())))
                .sorted(Comparator.comparing((PilotFigure f) -> f.perCapita() == null)
                        .thenComparing(f -> f.perCapita() == null ? BigDecimal.ZERO : f.perCapita(),
                                Comparator.reverseOrder())
                        .thenComparing(f -> f.pilotId().toString()))
                .toList();
        return new FunctionComparison(function, flagged, fences, whyNoFences);
    }

    /** Every pilot with a counted figure (counted or excluded) for the version, method and year. */
    private Map<UUID, Pilot> pilots(Query query) {
        List<?> rows = em.createNativeQuery("""
                        select f.pilot_id, k.code, k.name, p.population,
                               case when p.pilot_id is null
                                    then 'the count recorded no population for this pilot and year'
                                    when p.population is null
                                    then coalesce(p.why_none, 'the count could not give this pilot a population')
                               end
                        from (select distinct pilot_id from counted_figure
                              where rule_version = :version and financial_year = :year and method = :method) f
                        left join known_pilot k on k.pilot_id = f.pilot_id
                        left join count_population p on p.pilot_id = f.pilot_id and p.financial_year = :year""")
                .setParameter("version", query.ruleVersion())
                .setParameter("year", query.year().toString())
                .setParameter("method", query.method())
                .getResultList();
        Map<UUID, Pilot> pilots = new TreeMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            pilots.put((UUID) row[0], new Pilot((UUID) row[0], (String) row[1], (String) row[2],
                    row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4]));
        }
        return pilots;
    }

    /** "1" < "2" < ... < "10" < "10.1" ...; by number then sub-code; other codes ("unclassified") last. */
    static final Comparator<String> FUNCTION_ORDER = Comparator
            .comparing((String code) -> !Character.isDigit(code.charAt(0)))
            .thenComparing(code -> Character.isDigit(code.charAt(0)) ? Integer.parseInt(code.split("\\.")[0]) : 0)
            .thenComparing(Comparator.naturalOrder());
}
