package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.totalplace.spend.domain.AggregateDimension;
import org.totalplace.spend.domain.AggregateMeasure;
import org.totalplace.spend.domain.AggregateQuery;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.PerCapita;
import org.totalplace.spend.domain.PilotScope;
import org.totalplace.spend.domain.PriceBasis;

/**
 * Answers aggregate queries over the counted figures (counted_figure) of one rule version: a GROUP BY of the
 * drilled dimensions' columns, filtered by the cuts, with every value bound as a parameter and every column taken
 * from {@link AggregateDimension}'s whitelist. counted_figure is already the count's pre-aggregation (one row per
 * pilot, year, method, body, function, spend type and treatment), so a drilldown reads a few thousand rows, not the
 * ledger lines behind them.
 *
 * <p>Real terms: nominal × index(base year) ÷ index(year). The nominal amounts are summed within each cell and year
 * first, that sum is converted and rounded half-even to the penny, and the rounded yearly figures are then added up
 * (so a cell spanning years is the sum of its years' real figures, and the summary the sum of the cells).
 * Per capita: the cell's amount (nominal or real) ÷ the pilot's population for the year (count_population), rounded
 * half-even to the penny.
 */
@ApplicationScoped
public class Aggregates {

    private final DataSource dataSource;
    private final FunctionCatalogue catalogue;
    private final CountQueue queue;

    Aggregates(DataSource dataSource, FunctionCatalogue catalogue, CountQueue queue) {
        this.queue = queue;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
    }

    /** The rule set version an answer used, and why that one. */
    public record RuleVersionUsed(int version, String name, String status, Instant publishedAt, String chosenBy) {
    }

    /** The deflator series a real-terms answer used. */
    public record DeflatorUsed(String series, String seriesBaseYear, String source, BigDecimal baseYearIndex,
                               UUID importId) {
    }

    /** A pilot as a cell names it: code and name as pilots-service last announced them (null if unknown here). */
    public record PilotMember(UUID id, String code, String name) {
    }

    /** A function code with the CRA's label for it (null when no CRA is imported or the CRA has no such code). */
    public record FunctionMember(String code, String label) {
    }

    /** A per-capita figure, or null with the reason. */
    public record PerCapitaFigure(BigDecimal amount, Long population, Integer populationYear, String whyNone) {
    }

    public record Cell(Map<AggregateDimension, Object> members, BigDecimal amount, long lines, long figures,
                       PerCapitaFigure perCapita) {
    }

    public record Summary(BigDecimal amount, long lines, long figures, PerCapitaFigure perCapita) {
    }

    public record Result(AggregateQuery query, RuleVersionUsed ruleVersion, DeflatorUsed deflator,
                         boolean treatmentDefaulted, List<Cell> cells, Summary summary, long totalCellCount) {
    }

    /**
     * Runs the query over the figures of the pilots in {@code scope} only (the caller's): the scope is one more
     * condition of the WHERE, so figures outside it are neither summed, counted nor paged. Refusals name the
     * parameter at fault.
     */
    public Result aggregate(AggregateQuery query, PilotScope scope) {
        queue.catchUp(null, null);
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return aggregate(connection, query, scope);
        } catch (SQLException e) {
            throw new IllegalStateException("aggregate query failed", e);
        }
    }

    private Result aggregate(Connection connection, AggregateQuery query, PilotScope scope) throws SQLException {
        RuleVersionUsed version = ruleVersion(connection, query);
        Where where = where(connection, query, version.version(), scope);
        DeflatorUsed deflator = query.prices().isReal() ? deflator(connection, query, where) : null;

        List<AggregateDimension> drilldown = query.drilldown();
        String cells = cellsSql(drilldown, deflator != null, where.sql());
        List<Object> cellParameters = new ArrayList<>(where.parameters());
        if (deflator != null) {
            cellParameters.add(deflator.baseYearIndex());
            cellParameters.add(deflator.series());
        }

        Object[] totals;
        try (PreparedStatement select = prepare(connection, "with cells as (" + cells + ") "
                + "select count(*), coalesce(sum(amount), 0), coalesce(sum(lines), 0), coalesce(sum(figures), 0) "
                + "from cells", cellParameters);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            totals = new Object[] {rows.getLong(1), rows.getBigDecimal(2), rows.getLong(3), rows.getLong(4)};
        }

        boolean pilotDrilled = drilldown.contains(AggregateDimension.PILOT);
        String pageSql = "with cells as (" + cells + ") select c.*"
                + (pilotDrilled ? ", kp.code as pilot_code, kp.name as pilot_name" : "")
                + " from cells c"
                + (pilotDrilled ? " left join known_pilot kp on kp.pilot_id = c.pilot_id" : "")
                + orderBy(query) + " limit ? offset ?";
        List<Object> pageParameters = new ArrayList<>(cellParameters);
        pageParameters.add(query.pageSize());
        pageParameters.add((long) (query.page() - 1) * query.pageSize());

        FunctionCatalogue.Labels labels = catalogue.labels(connection);
        List<Cell> page = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, pageSql, pageParameters);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Map<AggregateDimension, Object> members = new LinkedHashMap<>();
                for (AggregateDimension dimension : drilldown) {
                    members.put(dimension, member(dimension, rows, labels));
                }
                page.add(new Cell(members, rows.getBigDecimal("amount").setScale(2, RoundingMode.UNNECESSARY),
                        rows.getLong("lines"), rows.getLong("figures"), null));
            }
        }

        Summary summary = new Summary(((BigDecimal) totals[1]).setScale(2, RoundingMode.UNNECESSARY),
                (long) totals[2], (long) totals[3], null);
        if (query.perCapita()) {
            Map<String, Population> populations = populations(connection, query, page, where);
            page = page.stream().map(cell -> new Cell(cell.members(), cell.amount(), cell.lines(), cell.figures(),
                    perCapita(cell.amount(), pilotOf(query, cell, where), yearOf(query, cell), populations))).toList();
            summary = new Summary(summary.amount(), summary.lines(), summary.figures(), summaryPerCapita(query,
                    summary.amount(), where, populations));
        }
        return new Result(query, version, deflator, where.treatmentDefaulted(), page, summary, (long) totals[0]);
    }

    // --- the rule version -------------------------------------------------------------------------------------

    private static RuleVersionUsed ruleVersion(Connection connection, AggregateQuery query) throws SQLException {
        Optional<AggregateQuery.Cut> cut = query.cutOn(AggregateDimension.RULE_VERSION);
        String sql = "select version, name, status, published_at from counting_rule_set ";
        if (cut.isPresent()) {
            int version = Integer.parseInt(cut.get().values().get(0));
            try (PreparedStatement select = connection.prepareStatement(sql + "where version = ?")) {
                select.setInt(1, version);
                Optional<RuleVersionUsed> found = ruleVersion(select, "cut");
                return found.orElseThrow(() -> new InvalidRequestException("No counting rule set version " + version,
                        List.of(new Violation(cutField(query, AggregateDimension.RULE_VERSION),
                                "names rule set version " + version + ", which does not exist"))));
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                sql + "where status = 'PUBLISHED' order by version desc limit 1")) {
            return ruleVersion(select, "latest published").orElseThrow(() -> new RuleViolationException(
                    "No counting rule set is published yet, so nothing is counted",
                    List.of(new Violation("ruleVersion", "no published counting rule set; cut ruleVersion:N to "
                            + "read a draft's figures"))));
        }
    }

    private static Optional<RuleVersionUsed> ruleVersion(PreparedStatement select, String chosenBy) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            java.sql.Timestamp published = rows.getTimestamp(4);
            return Optional.of(new RuleVersionUsed(rows.getInt(1), rows.getString(2), rows.getString(3),
                    published == null ? null : published.toInstant(), chosenBy));
        }
    }

    // --- the cuts -----------------------------------------------------------------------------------------------

    /**
     * The WHERE clause over counted_figure cf, its parameters, the pilot ids a pilot cut resolved to, and the
     * caller's scope (already part of the clause).
     */
    private record Where(String sql, List<Object> parameters, boolean treatmentDefaulted, List<UUID> pilots,
                         PilotScope scope) {
    }

    private static Where where(Connection connection, AggregateQuery query, int version, PilotScope scope)
            throws SQLException {
        StringBuilder sql = new StringBuilder("cf.rule_version = ?");
        List<Object> parameters = new ArrayList<>(List.of(version));
        List<UUID> pilots = null;
        for (AggregateQuery.Cut cut : query.cuts()) {
            AggregateDimension dimension = cut.dimension();
            if (dimension == AggregateDimension.RULE_VERSION) {
                continue;
            }
            String column = "cf." + dimension.column();
            if (cut.isRange()) {
                sql.append(" and ").append(column).append(" between ? and ?");
                parameters.add(cut.from());
                parameters.add(cut.to());
            } else if (dimension == AggregateDimension.PILOT) {
                pilots = pilotIds(connection, cut.values(), cutField(query, dimension));
                sql.append(" and ").append(column).append(" = any(?)");
                parameters.add(new UuidArray(pilots));
            } else {
                sql.append(" and ").append(column).append(" = any(?)");
                parameters.add(new TextArray(cut.values()));
            }
        }
        boolean defaulted = query.cutOn(AggregateDimension.TREATMENT).isEmpty();
        if (defaulted) {
            sql.append(" and cf.treatment = 'counted'");
        }
        sql.append(inScope(scope, "cf.pilot_id", parameters));
        return new Where(sql.toString(), parameters, defaulted, pilots, scope);
    }

    /** " and" the pilot in {@code column} is in {@code scope} (as known_pilot places it); nothing for every pilot. */
    private static String inScope(PilotScope scope, String column, List<Object> parameters) {
        if (scope.everything()) {
            return "";
        }
        parameters.add(new TextArray(List.copyOf(scope.codesOrNone())));
        parameters.add(scope.regionOrNone());
        return " and " + column + " in (select kp.pilot_id from known_pilot kp where kp.code = any(?) or kp.region = ?)";
    }

    /** Pilot ids as given, codes looked up among the known pilots; an unknown code is refused. */
    private static List<UUID> pilotIds(Connection connection, List<String> values, String field) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (String value : values) {
            if (value.length() == 36 && value.charAt(8) == '-') {
                ids.add(UUID.fromString(value));
            } else {
                codes.add(value);
            }
        }
        if (!codes.isEmpty()) {
            Map<String, UUID> byCode = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select code, pilot_id from known_pilot where code = any(?)")) {
                select.setArray(1, connection.createArrayOf("text", codes.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        byCode.put(rows.getString(1), rows.getObject(2, UUID.class));
                    }
                }
            }
            for (String code : codes) {
                UUID id = byCode.get(code);
                if (id == null) {
                    throw new InvalidRequestException("No pilot with code " + code,
                            List.of(new Violation(field, "names pilot '" + code + "', which is not a known pilot code")));
                }
                ids.add(id);
            }
        }
        return ids;
    }

    private static String cutField(AggregateQuery query, AggregateDimension dimension) {
        List<AggregateQuery.Cut> cuts = query.cuts();
        for (int i = 0; i < cuts.size(); i++) {
            if (cuts.get(i).dimension() == dimension) {
                return "cut[" + i + "]";
            }
        }
        return dimension.wire();
    }

    // --- real terms -----------------------------------------------------------------------------------------------

    private static DeflatorUsed deflator(Connection connection, AggregateQuery query, Where where) throws SQLException {
        String sql = "select s.series, s.base_year, s.source, s.import_id, d.index_value from deflator_series s "
                + "left join deflator d on d.series = s.series and d.financial_year = ? ";
        PreparedStatement select;
        String baseYear = query.prices().baseYear().toString();
        if (query.deflatorSeries() != null) {
            select = connection.prepareStatement(sql + "where s.series = ?");
            select.setString(1, baseYear);
            select.setString(2, query.deflatorSeries());
        } else {
            select = connection.prepareStatement(sql + "order by s.imported_at desc, s.series limit 1");
            select.setString(1, baseYear);
        }
        DeflatorUsed used;
        try (select; ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                String field = query.deflatorSeries() != null ? "deflator" : "prices";
                String message = query.deflatorSeries() != null
                        ? "names series '" + query.deflatorSeries() + "', which is not imported"
                        : "real prices need a deflator series; import one (POST /national-data/deflators)";
                throw new RuleViolationException("No deflator series to express the figures in real terms",
                        List.of(new Violation(field, message)));
            }
            used = new DeflatorUsed(rows.getString(1), rows.getString(2).strip(), rows.getString(3),
                    rows.getBigDecimal(5), rows.getObject(4, UUID.class));
        }
        if (used.baseYearIndex() == null) {
            throw new RuleViolationException("The deflator series has no index for the base year",
                    List.of(new Violation("baseYear", "series '" + used.series() + "' has no index for " + baseYear)));
        }
        List<Object> parameters = new ArrayList<>(where.parameters());
        parameters.add(used.series());
        try (PreparedStatement missing = prepare(connection, "select distinct cf.financial_year from counted_figure cf "
                + "where " + where.sql() + " and not exists (select 1 from deflator d where d.series = ? "
                + "and d.financial_year = cf.financial_year) order by 1", parameters);
             ResultSet rows = missing.executeQuery()) {
            List<String> years = new ArrayList<>();
            while (rows.next()) {
                years.add(rows.getString(1));
            }
            if (!years.isEmpty()) {
                throw new RuleViolationException("The deflator series does not cover every year asked for",
                        List.of(new Violation("prices", "series '" + used.series() + "' has no index for "
                                + String.join(", ", years) + "; cut the years or import a longer series")));
            }
        }
        return used;
    }

    // --- SQL --------------------------------------------------------------------------------------------------------

    /**
     * One row per cell: the drilled columns, amount, lines, figures. Nominal: one GROUP BY. Real: grouped by cell
     * and year, each year's sum converted and rounded half-even to the penny, then the years added up. Parameters:
     * the WHERE's, then (real only) the base year's index and the series.
     */
    static String cellsSql(List<AggregateDimension> drilldown, boolean real, String where) {
        List<String> columns = drilldown.stream().map(d -> "cf." + d.column()).toList();
        String groupColumns = String.join(", ", columns);
        if (!real) {
            return "select " + (columns.isEmpty() ? "" : groupColumns + ", ")
                    + "coalesce(sum(cf.amount), 0) as amount, coalesce(sum(cf.line_count), 0) as lines, "
                    + "count(*) as figures "
                    + "from counted_figure cf where " + where
                    + (columns.isEmpty() ? "" : " group by " + groupColumns);
        }
        Set<String> yearly = new LinkedHashSet<>(columns);
        yearly.add("cf.financial_year");
        String yearlyColumns = String.join(", ", yearly);
        String outer = drilldown.stream().map(d -> "y." + d.column()).collect(Collectors.joining(", "));
        return "select " + (outer.isEmpty() ? "" : outer + ", ")
                + "coalesce(sum(round_half_even(cast(y.amount * b.base as numeric(60, 20)) / d.index_value, 2)), 0) "
                + "as amount, coalesce(sum(y.lines), 0) as lines, coalesce(sum(y.figures), 0) as figures "
                + "from (select " + yearlyColumns + ", sum(cf.amount) as amount, sum(cf.line_count) as lines, "
                + "count(*) as figures from counted_figure cf where " + where + " group by "
                + yearlyColumns + ") y "
                + "cross join (select cast(? as numeric) as base) b "
                + "join deflator d on d.series = ? and d.financial_year = y.financial_year"
                + (outer.isEmpty() ? "" : " group by " + outer);
    }

    /** The requested order, then the drilled dimensions ascending (so that pages are stable). */
    private static String orderBy(AggregateQuery query) {
        List<String> keys = new ArrayList<>();
        for (AggregateQuery.Order order : query.order()) {
            String direction = order.descending() ? " desc" : " asc";
            if (order.measure() != null) {
                keys.add(measureColumn(order.measure()) + direction);
            } else {
                sortExpressions(order.dimension()).forEach(expression -> keys.add(expression + direction));
            }
        }
        for (AggregateDimension dimension : query.drilldown()) {
            sortExpressions(dimension).forEach(expression -> keys.add(expression + " asc"));
        }
        return keys.isEmpty() ? "" : " order by " + String.join(", ", keys);
    }

    private static String measureColumn(AggregateMeasure measure) {
        return switch (measure) {
            case AMOUNT_SUM -> "c.amount";
            case LINES_COUNT -> "c.lines";
            case FIGURES_COUNT -> "c.figures";
        };
    }

    /** Pilots by code; functions in their natural order ("2" before "10", "7.A" after "7"); the rest as text. */
    private static List<String> sortExpressions(AggregateDimension dimension) {
        return switch (dimension) {
            case PILOT -> List.of("kp.code", "c.pilot_id");
            case FUNCTION_L1 -> List.of("(case when c.function_l1 ~ '^[0-9]+$' then cast(c.function_l1 as int) end)",
                    "c.function_l1");
            case FUNCTION_L2 -> List.of("(case when split_part(c.function_l2, '.', 1) ~ '^[0-9]+$' "
                    + "then cast(split_part(c.function_l2, '.', 1) as int) end)", "c.function_l2");
            default -> List.of("c." + dimension.column());
        };
    }

    /** A bound array parameter (text[] or uuid[]). */
    private record TextArray(List<String> values) {
    }

    private record UuidArray(List<UUID> values) {
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof TextArray text) {
                    Array array = connection.createArrayOf("text", text.values().toArray());
                    statement.setArray(i + 1, array);
                } else if (parameter instanceof UuidArray uuids) {
                    statement.setArray(i + 1, connection.createArrayOf("uuid", uuids.values().toArray()));
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    // --- cells ------------------------------------------------------------------------------------------------------

    private static Object member(AggregateDimension dimension, ResultSet rows, FunctionCatalogue.Labels labels)
            throws SQLException {
        return switch (dimension) {
            case PILOT -> new PilotMember(rows.getObject("pilot_id", UUID.class), rows.getString("pilot_code"),
                    rows.getString("pilot_name"));
            case FINANCIAL_YEAR -> rows.getString("financial_year").strip();
            case FUNCTION_L1 -> {
                String code = rows.getString("function_l1");
                yield new FunctionMember(code, labels.level1(code));
            }
            case FUNCTION_L2 -> {
                String code = rows.getString("function_l2");
                yield new FunctionMember(code, labels.level2(code));
            }
            default -> rows.getString(dimension.column());
        };
    }

    // --- per capita -------------------------------------------------------------------------------------------------

    private record Population(Long population, int populationYear, String whyNone) {
    }

    private static Map<String, Population> populations(Connection connection, AggregateQuery query, List<Cell> page,
                                                        Where where) throws SQLException {
        Set<UUID> pilots = new LinkedHashSet<>();
        if (where.pilots() != null) {
            pilots.addAll(where.pilots());
        }
        for (Cell cell : page) {
            if (cell.members().get(AggregateDimension.PILOT) instanceof PilotMember pilot) {
                pilots.add(pilot.id());
            }
        }
        Map<String, Population> populations = new HashMap<>();
        List<Object> parameters = new ArrayList<>();
        parameters.add(new UuidArray(List.copyOf(pilots)));
        String sql = "select pilot_id, financial_year, population, population_year, why_none from count_population "
                + "where pilot_id = any(?)" + inScope(where.scope(), "pilot_id", parameters);
        try (PreparedStatement select = prepare(connection, sql, parameters)) {
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Long population = rows.getObject(3, Long.class);
                    populations.put(rows.getObject(1, UUID.class) + "/" + rows.getString(2).strip(),
                            new Population(population, rows.getInt(4), rows.getString(5)));
                }
            }
        }
        return populations;
    }

    private static UUID pilotOf(AggregateQuery query, Cell cell, Where where) {
        if (cell.members().get(AggregateDimension.PILOT) instanceof PilotMember pilot) {
            return pilot.id();
        }
        return where.pilots() != null && where.pilots().size() == 1 ? where.pilots().get(0) : null;
    }

    private static String yearOf(AggregateQuery query, Cell cell) {
        Object year = cell.members().get(AggregateDimension.FINANCIAL_YEAR);
        if (year != null) {
            return (String) year;
        }
        return query.cutOn(AggregateDimension.FINANCIAL_YEAR).flatMap(AggregateQuery.Cut::single)
                .map(single -> FinancialYear.parse(single).toString()).orElse(null);
    }

    private static PerCapitaFigure perCapita(BigDecimal amount, UUID pilot, String year,
                                             Map<String, Population> populations) {
        if (pilot == null || year == null) {
            return new PerCapitaFigure(null, null, null, "spans several pilots or financial years");
        }
        Population population = populations.get(pilot + "/" + year);
        if (population == null) {
            return new PerCapitaFigure(null, null, null, "no population recorded for this pilot in " + year
                    + " (the count has not been run for it)");
        }
        if (population.population() == null) {
            return new PerCapitaFigure(null, null, population.populationYear(), population.whyNone());
        }
        return new PerCapitaFigure(PerCapita.of(amount, population.population()), population.population(),
                population.populationYear(), null);
    }

    private static PerCapitaFigure summaryPerCapita(AggregateQuery query, BigDecimal amount, Where where,
                                                    Map<String, Population> populations) {
        boolean onePilot = where.pilots() != null && where.pilots().size() == 1;
        String year = query.cutOn(AggregateDimension.FINANCIAL_YEAR).flatMap(AggregateQuery.Cut::single)
                .map(single -> FinancialYear.parse(single).toString()).orElse(null);
        if (!onePilot || year == null) {
            return new PerCapitaFigure(null, null, null, "the summary spans several pilots or financial years");
        }
        return perCapita(amount, where.pilots().get(0), year, populations);
    }
}
