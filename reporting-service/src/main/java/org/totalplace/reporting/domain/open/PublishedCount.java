package org.totalplace.reporting.domain.open;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.state.CountState;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/**
 * A pilot's count of one financial year as published: the latest count under the highest rule version the pilot
 * was counted under for that year. Amounts are exact decimal strings (two places), never floating numbers.
 */
public record PublishedCount(String pilot, String pilotName, String region, String financialYear, int ruleVersion,
                             String ruleSetName, Long population, String currency, Instant countedAt,
                             List<Method> methods, List<Function> functions) {

    public static final String CSV_FILE = "count.csv";

    public record Method(String method, String counted, String perCapita, long lines, String excluded) {
    }

    public record Function(String method, String functionL1, String functionName, String amount, String perCapita) {
    }

    public static Optional<PublishedCount> of(ProgrammeState state, String pilotCode, FinancialYear year) {
        Optional<PilotState> pilot = state.pilots().stream().filter(p -> p.code().equals(pilotCode)).findFirst();
        if (pilot.isEmpty()) {
            return Optional.empty();
        }
        return state.counts().stream()
                .filter(c -> c.pilotId().equals(pilot.get().pilotId()) && c.financialYear().equals(year.toString()))
                .max(Comparator.comparingInt(CountState::ruleVersion))
                .map(c -> new PublishedCount(pilot.get().code(), pilot.get().name(), pilot.get().region(),
                        c.financialYear(), c.ruleVersion(), c.ruleSetName(), c.population(), c.currency(),
                        c.countedAt(),
                        c.methods().stream().map(m -> new Method(m.method(), money(m.counted()),
                                money(m.perCapita()), m.lines(), money(m.excluded()))).toList(),
                        c.functions().stream().map(f -> new Function(f.method(), f.functionL1(), f.functionName(),
                                money(f.amount()), money(f.perCapita()))).toList()));
    }

    /** The CSV's table: one row per counted function and method. */
    public ReportDocument.Table table() {
        List<String> columns = List.of("pilot_code", "financial_year", "rule_version", "method", "function_l1",
                "function_name", "amount", "per_capita", "currency");
        List<List<String>> rows = new ArrayList<>();
        for (Function f : functions) {
            rows.add(List.of(pilot, financialYear, Integer.toString(ruleVersion), f.method(), f.functionL1(),
                    f.functionName() == null ? "" : f.functionName(), f.amount(),
                    f.perCapita() == null ? "" : f.perCapita(), currency));
        }
        return new ReportDocument.Table("count", "Count of " + pilotName + ", " + financialYear, columns,
                List.of(false, false, true, false, false, false, true, true, false), rows, rows, null);
    }

    /**
     * The Fiscal Data Package descriptor of the CSV at {@code csvPath}: its resource's schema lists the CSV's
     * columns in order, its model maps them to the measure (amount, GBP) and the dimensions (financial year,
     * function, pilot, method).
     */
    public Map<String, Object> dataPackage(String name, String csvPath, Instant publishedAt) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("profile", "fiscal-data-package");
        d.put("name", name);
        d.put("title", "Total Place count: " + pilotName + ", financial year " + financialYear
                + ", counting rules v" + ruleVersion);
        d.put("description", "The counted public spending of " + pilotName + " (financial year " + financialYear
                + ") under counting rule set v" + ruleVersion + " '" + ruleSetName + "', by function and counting "
                + "method; " + currency + ", nominal prices, exact to the penny; as published by a decision of the "
                + "programme.");
        d.put("version", "rules-v" + ruleVersion);
        d.put("created", publishedAt.toString());
        d.put("countryCode", "GB");
        FinancialYear year = FinancialYear.parse(financialYear);
        d.put("fiscalPeriod", Map.of("start", year.startYear() + "-04-01", "end", (year.startYear() + 1) + "-03-31"));
        d.put("licenses", List.of(Map.of("name", Licence.ID, "path", Licence.URL, "title", Licence.NAME)));
        d.put("sources", List.of(Map.of("title", "Total Place spend-service count, counting rule set v"
                + ruleVersion)));
        d.put("resources", List.of(resource(csvPath)));
        d.put("model", model());
        return d;
    }

    private static Map<String, Object> resource(String csvPath) {
        List<Map<String, Object>> fields = List.of(
                field("pilot_code", "string", "The pilot's code"),
                field("financial_year", "string", "UK financial year, 1 April to 31 March, e.g. 2009-10"),
                field("rule_version", "integer", "The counting rule set version"),
                field("method", "string", "How the figure was counted: bottom-up, top-down, outturn or adjustment"),
                field("function_l1", "string", "Function, level 1 (COFOG division), e.g. 10"),
                field("function_name", "string", "Its name, e.g. Social protection"),
                field("amount", "number", "Amount in pounds sterling, nominal, exact to the penny"),
                field("per_capita", "number", "Amount per head of the population; empty where it is unknown"),
                field("currency", "string", "ISO 4217 currency of amount"));
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "count");
        resource.put("path", csvPath);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("delimiter", ",", "header", true, "lineTerminator", "\r\n"));
        resource.put("schema", Map.of("fields", fields));
        return resource;
    }

    private static Map<String, Object> field(String name, String type, String description) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        field.put("description", description);
        if ("number".equals(type)) {
            field.put("decimalChar", ".");
            field.put("groupChar", "");
        }
        return field;
    }

    private static Map<String, Object> model() {
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("date", dimension("datetime", null, "financialYear", "financial_year"));
        dimensions.put("functional-classification", dimension("classification", "functional", "l1Code",
                "function_l1"));
        dimensions.put("pilot", dimension("location", null, "code", "pilot_code"));
        dimensions.put("method", dimension("other", null, "method", "method"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("measures", Map.of("amount", Map.of("source", "amount", "currency", "GBP", "factor", 1,
                "title", "Amount (GBP, nominal)")));
        model.put("dimensions", dimensions);
        return model;
    }

    private static Map<String, Object> dimension(String type, String classification, String attribute,
                                                 String source) {
        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("dimensionType", type);
        if (classification != null) {
            dimension.put("classificationType", classification);
        }
        dimension.put("attributes", Map.of(attribute, Map.of("source", source)));
        dimension.put("primaryKey", List.of(attribute));
        return dimension;
    }

    private static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
