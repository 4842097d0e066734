package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.spend.domain.Dataset;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.domain.PilotArea;
import org.totalplace.spend.domain.PopulationCoverage;
import org.totalplace.spend.domain.Region;
import org.totalplace.spend.domain.TopDownEstimate;

/**
 * A pilot's top-down estimate for a financial year, from the imported CRA and population and the pilot's areas as
 * pilots-service announced them. The population year is the mid-year estimate (30 June) inside the financial year:
 * 2009 for 2009-10. Identifiable spend only (id_non_id = ID), every sector (CG, LG, PC), capital and current.
 */
@ApplicationScoped
public class TopDownEstimates {

    /** What an estimate was made from, so that it can be checked by hand. */
    public record Inputs(String region, String craRegion, int populationYear, List<String> populationColumns,
                         long pilotPopulation, long regionPopulation) {

        public Inputs {
            populationColumns = List.copyOf(populationColumns);
        }
    }

    public record PilotEstimate(KnownPilot pilot, FinancialYear year, Inputs inputs, TopDownEstimate estimate) {
    }

    private final EntityManager em;
    private final PopulationAreas areas;

    TopDownEstimates(EntityManager em, PopulationAreas areas) {
        this.em = em;
        this.areas = areas;
    }

    /** A pilot's share of its region: whose population, and the two populations divided. */
    public record Share(Region region, int populationYear, List<String> populationColumns, long pilotPopulation,
                        long regionPopulation) {

        public Share {
            populationColumns = List.copyOf(populationColumns);
        }
    }

    @Transactional
    public PilotEstimate estimate(String pilotId, FinancialYear year) {
        KnownPilot pilot = findPilot(pilotId);
        Share share = share(pilot, year);
        Map<String, BigDecimal> regionSpend = regionSpend(share.region(), year);
        Inputs inputs = new Inputs(share.region().pilotName(), share.region().craRegion(), share.populationYear(),
                share.populationColumns(), share.pilotPopulation(), share.regionPopulation());
        return new PilotEstimate(pilot, year, inputs, TopDownEstimate.of(regionSpend, share.pilotPopulation(),
                share.regionPopulation()));
    }

    /**
     * The pilot's population share of its region in the year, or 422 saying why it has none. Not an intercepted
     * transactional method: a recount asks and carries on without a share, and a refusal passing through a
     * transaction interceptor would mark the caller's transaction for rollback.
     */
    public Share share(KnownPilot pilot, FinancialYear year) {
        List<PilotArea> pilotAreas = pilot.areas();
        if (pilotAreas.isEmpty()) {
            throw new RuleViolationException("Pilot " + pilot.name() + " has no areas yet, so it has no population",
                    List.of(new Violation("pilotId", "no areas announced by pilots-service")));
        }
        Region region = Region.ofPilotRegion(pilot.region()).orElseThrow(() -> new RuleViolationException(
                "Pilot " + pilot.name() + " is in '" + pilot.region() + "', which is no English region",
                List.of(new Violation("pilotId", "region '" + pilot.region() + "' is not an English region"))));
        PopulationCoverage coverage = areas.coverage();
        PopulationCoverage.Sources sources = coverage.sourcesFor(pilotAreas);
        if (!sources.uncovered().isEmpty()) {
            throw new RuleViolationException("No population data for "
                    + String.join(", ", sources.uncovered().stream().map(PilotArea::label).toList())
                    + ": the population file has no figure for them on their own, so pilot " + pilot.name()
                    + " cannot be given a population share",
                    sources.uncovered().stream().map(area -> new Violation("areas", area.label() + ": "
                            + whyUncovered(coverage, area))).toList());
        }
        long pilotPopulation = population(Dataset.POPULATION_LA, sources.columns(), year);
        long regionPopulation = population(Dataset.POPULATION_REGIONS, List.of(region.populationColumn()), year);
        return new Share(region, year.startYear(), sources.columns(), pilotPopulation, regionPopulation);
    }

    private KnownPilot findPilot(String pilotId) {
        UUID id;
        try {
            id = UUID.fromString(pilotId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No pilot " + pilotId);
        }
        KnownPilot pilot = KnownPilot.findById(id);
        if (pilot == null) {
            throw new NotFoundException("No pilot " + pilotId + " (pilots are known from pilots-service's events)");
        }
        return pilot;
    }

    private static String whyUncovered(PopulationCoverage coverage, PilotArea area) {
        return coverage.columns().stream()
                .filter(column -> coverage.codesOf(column).contains(area.registerCode()))
                .findFirst()
                .map(column -> "only given merged in '" + column + "', which also covers "
                        + String.join(", ", coverage.codesOf(column).stream()
                        .filter(code -> !code.equals(area.registerCode())).toList()))
                .orElse("no population column covers it");
    }

    /** The sum of the columns' mid-year figures in the financial year; every column must have one. */
    private long population(Dataset dataset, List<String> columns, FinancialYear financialYear) {
        int year = financialYear.startYear();
        List<?> rows = em.createNativeQuery("""
                        select count(*), coalesce(sum(population), 0) from population
                        where dataset = :dataset and year = :year and area in (:areas)""")
                .setParameter("dataset", dataset.id())
                .setParameter("year", year)
                .setParameter("areas", columns)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        if (((Number) row[0]).longValue() != columns.size()) {
            throw new RuleViolationException("No " + dataset.id() + " figures for mid-" + year + " (financial year "
                    + financialYear + ") for " + String.join(", ", columns) + " (import " + dataset.id() + ")",
                    List.of(new Violation("year", "no population figures for " + year + " in " + dataset.id())));
        }
        return ((Number) row[1]).longValue();
    }

    private Map<String, BigDecimal> regionSpend(Region region, FinancialYear year) {
        List<?> rows = em.createNativeQuery("""
                        select cofog_level_0, sum(value_gbp_thousand) from cra_line
                        where nuts_region = :region and year = :year and id_non_id = 'ID'
                        group by cofog_level_0""")
                .setParameter("region", region.craRegion())
                .setParameter("year", year.toString())
                .getResultList();
        if (rows.isEmpty()) {
            throw new RuleViolationException("The CRA has no identifiable spend for " + region.craRegion() + " in "
                    + year + " (import cra; it covers 2009-10 to 2013-14)",
                    List.of(new Violation("year", "no CRA figures for " + year)));
        }
        Map<String, BigDecimal> spend = new LinkedHashMap<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            spend.put((String) row[0], (BigDecimal) row[1]);
        }
        return spend;
    }
}
