package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One aggregate question over the counted figures, in the spirit of OpenSpending's aggregate API: which dimensions
 * to drill down by, which cuts to keep, the measures, the order and the page, plus the options (per capita, prices).
 * {@link #parse} reads it from query text and refuses it naming each bad parameter ({@code cut[1]}, {@code order[0]}).
 *
 * <ul>
 *   <li>measures: names joined by {@code ,} (or {@code |}): {@code amount.sum,lines.count}; default all.</li>
 *   <li>drilldown: dimension names joined by {@code |}: {@code pilot|financialYear|functionL1}.</li>
 *   <li>cut: {@code dimension:value}, several joined by {@code |}; a value may be a list joined by {@code ;}
 *       ({@code method:top-down;bottom-up}) or, for the financial year, a range {@code 2009-10..2011-12} (both ends
 *       included). A value holding {@code | ; :} may be put in double quotes ({@code body:"A; B"}).</li>
 *   <li>order: {@code key:asc|desc} joined by {@code ,}; a key is a measure or a drilled dimension. The drilled
 *       dimensions always follow, ascending, so that pages never overlap.</li>
 *   <li>page from 1, pagesize 1 to {@value #MAX_PAGE_SIZE} (default {@value #DEFAULT_PAGE_SIZE}).</li>
 * </ul>
 */
public record AggregateQuery(List<AggregateDimension> drilldown, List<Cut> cuts, List<Order> order,
                             List<AggregateMeasure> measures, int page, int pageSize, boolean perCapita,
                             PriceBasis prices, String deflatorSeries) {

    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final int MAX_PAGE_SIZE = 10000;
    private static final int MAX_VALUE_LENGTH = 200;
    private static final Pattern PILOT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern SERIES = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");

    /** A cut on one dimension: a list of values (any of them), or a range from..to (both included). */
    public record Cut(AggregateDimension dimension, List<String> values, String from, String to) {

        public Cut {
            values = values == null ? null : List.copyOf(values);
        }

        public boolean isRange() {
            return values == null;
        }

        /** The single value this cut keeps, if it keeps exactly one. */
        public Optional<String> single() {
            if (isRange()) {
                return from.equals(to) ? Optional.of(from) : Optional.empty();
            }
            return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
        }
    }

    /** One ordering key: a measure or a drilled dimension. */
    public record Order(AggregateMeasure measure, AggregateDimension dimension, boolean descending) {
        public String key() {
            return measure != null ? measure.wire() : dimension.wire();
        }
    }

    /** A parameter that is wrong, and why. */
    public record Problem(String field, String message) {
    }

    /** The query cannot be read; every problem names its parameter. */
    public static class Refused extends RuntimeException {
        private final List<Problem> problems;

        public Refused(List<Problem> problems) {
            super(problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public AggregateQuery {
        drilldown = List.copyOf(drilldown);
        cuts = List.copyOf(cuts);
        order = List.copyOf(order);
        measures = List.copyOf(measures);
    }

    /** The cut on a dimension, if there is one. */
    public Optional<Cut> cutOn(AggregateDimension dimension) {
        return cuts.stream().filter(cut -> cut.dimension() == dimension).findFirst();
    }

    /** Whether the answer has one value of this dimension per cell: drilled, or cut to a single value. */
    public boolean singlePer(AggregateDimension dimension) {
        return drilldown.contains(dimension) || cutOn(dimension).flatMap(Cut::single).isPresent();
    }

    /**
     * Reads the query parameters (each may be null: not given). {@code prices} nominal (default) or real;
     * {@code baseYear} only with real, and then required; {@code deflator} names the series (default: the latest
     * imported) and only goes with real.
     */
    public static AggregateQuery parse(String drilldown, String cut, String order, String measures, String page,
                                       String pageSize, String perCapita, String prices, String baseYear,
                                       String deflator) {
        List<Problem> problems = new ArrayList<>();
        List<AggregateDimension> dimensions = parseDrilldown(drilldown, problems);
        List<Cut> cuts = parseCuts(cut, problems);
        List<AggregateMeasure> measureList = parseMeasures(measures, problems);
        List<Order> orderList = parseOrder(order, dimensions, problems);
        int pageNumber = whole(page, "page", 1, 1, Integer.MAX_VALUE / MAX_PAGE_SIZE, problems);
        int size = whole(pageSize, "pagesize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, problems);

        boolean wantsPerCapita = false;
        if (perCapita != null && !perCapita.equals("false")) {
            if (perCapita.equals("true")) {
                wantsPerCapita = true;
            } else {
                problems.add(new Problem("perCapita", "must be true or false"));
            }
        }
        PriceBasis basis = parsePrices(prices, baseYear, problems);
        if (deflator != null) {
            if (basis == null || !basis.isReal()) {
                problems.add(new Problem("deflator", "names a deflator series, which only real prices use (prices=real)"));
            } else if (!SERIES.matcher(deflator).matches()) {
                problems.add(new Problem("deflator", "must be a series name such as \"gdp-deflator\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        AggregateQuery query = new AggregateQuery(dimensions, cuts, orderList, measureList, pageNumber, size,
                wantsPerCapita, basis, deflator);
        if (wantsPerCapita) {
            List<String> missing = new ArrayList<>();
            for (AggregateDimension needed : List.of(AggregateDimension.PILOT, AggregateDimension.FINANCIAL_YEAR)) {
                if (!query.singlePer(needed)) {
                    missing.add(needed.wire());
                }
            }
            if (!missing.isEmpty()) {
                throw new Refused(List.of(new Problem("perCapita", "needs one pilot and one financial year per cell: "
                        + "drill down by " + String.join(" and ", missing) + " or cut to a single value of it")));
            }
        }
        return query;
    }

    private static List<AggregateDimension> parseDrilldown(String text, List<Problem> problems) {
        List<AggregateDimension> dimensions = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return dimensions;
        }
        String[] names = text.split("\\|", -1);
        for (int i = 0; i < names.length; i++) {
            String field = "drilldown[" + i + "]";
            Optional<AggregateDimension> dimension = AggregateDimension.byWire(names[i].strip());
            if (dimension.isEmpty()) {
                problems.add(new Problem(field, "is not a dimension; drill down by " + AggregateDimension.drillableNames()));
            } else if (!dimension.get().drillable()) {
                problems.add(new Problem(field, "ruleVersion cannot be drilled: every answer sums one rule version "
                        + "(cut ruleVersion:N to choose it)"));
            } else if (dimensions.contains(dimension.get())) {
                problems.add(new Problem(field, "names " + dimension.get().wire() + " twice"));
            } else {
                dimensions.add(dimension.get());
            }
        }
        return dimensions;
    }

    private static List<Cut> parseCuts(String text, List<Problem> problems) {
        List<Cut> cuts = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return cuts;
        }
        List<String> parts = splitOutsideQuotes(text, '|');
        Set<AggregateDimension> seen = EnumSet.noneOf(AggregateDimension.class);
        for (int i = 0; i < parts.size(); i++) {
            String field = "cut[" + i + "]";
            String part = parts.get(i);
            int colon = part.indexOf(':');
            if (colon < 0) {
                problems.add(new Problem(field, "must be dimension:value, e.g. method:top-down"));
                continue;
            }
            Optional<AggregateDimension> found = AggregateDimension.byWire(part.substring(0, colon).strip());
            if (found.isEmpty()) {
                problems.add(new Problem(field, "does not name a dimension; cut on " + AggregateDimension.allNames()));
                continue;
            }
            AggregateDimension dimension = found.get();
            if (!seen.add(dimension)) {
                problems.add(new Problem(field, "cuts " + dimension.wire() + " a second time; give one cut with a "
                        + "list of values (a;b) instead"));
                continue;
            }
            String spec = part.substring(colon + 1);
            Cut parsed = parseCut(dimension, spec, field, problems);
            if (parsed != null) {
                cuts.add(parsed);
            }
        }
        return cuts;
    }

    private static Cut parseCut(AggregateDimension dimension, String spec, String field, List<Problem> problems) {
        int range = indexOutsideQuotes(spec, "..");
        if (range >= 0) {
            if (!dimension.rangeable()) {
                problems.add(new Problem(field, "a range (from..to) only works on financialYear"));
                return null;
            }
            String from = unquote(spec.substring(0, range));
            String to = unquote(spec.substring(range + 2));
            String fromMessage = valueProblem(dimension, from);
            String toMessage = valueProblem(dimension, to);
            if (fromMessage != null || toMessage != null) {
                problems.add(new Problem(field, "range " + (fromMessage != null ? "start " + fromMessage
                        : "end " + toMessage)));
                return null;
            }
            if (FinancialYear.parse(from).compareTo(FinancialYear.parse(to)) > 0) {
                problems.add(new Problem(field, "range must not end before it starts"));
                return null;
            }
            return new Cut(dimension, null, from, to);
        }
        List<String> values = new ArrayList<>();
        for (String raw : splitOutsideQuotes(spec, ';')) {
            String value = unquote(raw);
            String message = valueProblem(dimension, value);
            if (message != null) {
                problems.add(new Problem(field, message));
                return null;
            }
            values.add(value);
        }
        if (dimension.kind() == AggregateDimension.Kind.VERSION && values.size() > 1) {
            problems.add(new Problem(field, "names one rule version: every answer sums exactly one"));
            return null;
        }
        return new Cut(dimension, values, null, null);
    }

    /** Why a value does not fit the dimension, or null if it does. */
    private static String valueProblem(AggregateDimension dimension, String value) {
        if (value.isBlank()) {
            return "must not be blank";
        }
        if (value.length() > MAX_VALUE_LENGTH) {
            return "must be at most " + MAX_VALUE_LENGTH + " characters";
        }
        return switch (dimension.kind()) {
            case PILOT -> PILOT.matcher(value).matches() ? null : "must be a pilot id or code";
            case YEAR -> {
                try {
                    FinancialYear.parse(value);
                    yield null;
                } catch (InvalidValueException e) {
                    yield e.getMessage();
                }
            }
            case CHOICE -> dimension.choices().contains(value) ? null
                    : "must be one of " + String.join(", ", dimension.choices());
            case VERSION -> WHOLE.matcher(value).matches() && Integer.parseInt(value) >= 1 ? null
                    : "must be a rule set version, a whole number from 1";
            case TEXT -> null;
        };
    }

    private static List<AggregateMeasure> parseMeasures(String text, List<Problem> problems) {
        if (text == null || text.isEmpty()) {
            return List.of(AggregateMeasure.values());
        }
        List<AggregateMeasure> measures = new ArrayList<>();
        String[] names = text.split("[,|]", -1);
        for (int i = 0; i < names.length; i++) {
            Optional<AggregateMeasure> measure = AggregateMeasure.byWire(names[i].strip());
            if (measure.isEmpty()) {
                problems.add(new Problem("measures[" + i + "]", "is not a measure; use " + AggregateMeasure.names()));
            } else if (!measures.contains(measure.get())) {
                measures.add(measure.get());
            }
        }
        return measures;
    }

    private static List<Order> parseOrder(String text, List<AggregateDimension> drilldown, List<Problem> problems) {
        List<Order> order = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return order;
        }
        String[] keys = text.split(",", -1);
        for (int i = 0; i < keys.length; i++) {
            String field = "order[" + i + "]";
            String key = keys[i].strip();
            boolean descending = false;
            int colon = key.lastIndexOf(':');
            if (colon >= 0) {
                String direction = key.substring(colon + 1);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    problems.add(new Problem(field, "direction must be asc or desc"));
                    continue;
                }
                descending = direction.equals("desc");
                key = key.substring(0, colon);
            }
            Optional<AggregateMeasure> measure = AggregateMeasure.byWire(key);
            Optional<AggregateDimension> dimension = AggregateDimension.byWire(key);
            if (measure.isPresent()) {
                order.add(new Order(measure.get(), null, descending));
            } else if (dimension.isPresent() && drilldown.contains(dimension.get())) {
                order.add(new Order(null, dimension.get(), descending));
            } else if (dimension.isPresent()) {
                problems.add(new Problem(field, "orders by " + key + ", which is not in the drilldown"));
            } else {
                problems.add(new Problem(field, "must be a measure (" + AggregateMeasure.names()
                        + ") or a drilled dimension, with :asc or :desc"));
            }
        }
        return order;
    }

    private static PriceBasis parsePrices(String prices, String baseYear, List<Problem> problems) {
        String kind = prices == null ? "nominal" : prices;
        if (!kind.equals("nominal") && !kind.equals("real")) {
            problems.add(new Problem("prices", "must be nominal or real"));
            return null;
        }
        if (kind.equals("nominal")) {
            if (baseYear != null) {
                problems.add(new Problem("baseYear", "only goes with prices=real"));
                return null;
            }
            return PriceBasis.nominal();
        }
        if (baseYear == null) {
            problems.add(new Problem("baseYear", "is required with prices=real: the year whose prices to use"));
            return null;
        }
        try {
            return PriceBasis.real(FinancialYear.parse(baseYear));
        } catch (InvalidValueException e) {
            problems.add(new Problem("baseYear", e.getMessage()));
            return null;
        }
    }

    private static int whole(String text, String field, int fallback, int min, int max, List<Problem> problems) {
        if (text == null) {
            return fallback;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            problems.add(new Problem(field, "must be a whole number from " + min + " to " + max));
            return fallback;
        }
        return Integer.parseInt(text);
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String text, String needle) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quoted = !quoted;
            } else if (!quoted && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
