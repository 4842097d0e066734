package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.totalplace.spend.domain.FinancialYear;

/**
 * A count (one pilot, one rule version, one financial year or all of them) as a Fiscal Data Package (0.3): a
 * datapackage.json descriptor and count.csv, one row per counted figure (treatment 'counted' only: excluded figures
 * are not spend of the place). The descriptor's resource schema lists the CSV's columns in order; its model maps them
 * to the measure (amount, GBP, factor 1: pounds) and the dimensions (financial year as the fiscal period, function
 * levels 1 and 2 as the functional classification, the body as the administrative classification, method and spend
 * type).
 */
@ApplicationScoped
public class CountExport {

    public static final String CSV_FILE = "count.csv";
    public static final List<String> COLUMNS = List.of("pilot_id", "pilot_code", "financial_year", "function_l1",
            "function_l1_label", "function_l2", "function_l2_label", "body", "method", "spend_type", "amount",
            "currency", "line_count", "rule_version");
    static final String LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private final DataSource dataSource;
    private final FunctionCatalogue catalogue;
    private final Clock clock;
    private final CountQueue queue;

    CountExport(DataSource dataSource, FunctionCatalogue catalogue, Clock clock, CountQueue queue) {
        this.queue = queue;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The package's two files: the descriptor (to be written as JSON) and the CSV text. */
    public record CountPackage(String name, Map<String, Object> descriptor, String csv, BigDecimal total, int rows) {
    }

    public CountPackage export(String pilot, String year, String ruleVersion) {
        FinancialYear financialYear = null;
        if (year != null) {
            try {
                financialYear = FinancialYear.parse(year);
            } catch (org.totalplace.spend.domain.InvalidValueException e) {
                throw new InvalidRequestException("year " + e.getMessage(), List.of(new Violation("year", e.getMessage())));
            }
        }
        Integer version = null;
        if (ruleVersion != null) {
            if (!ruleVersion.matches("[0-9]{1,9}") || Integer.parseInt(ruleVersion) < 1) {
                throw new InvalidRequestException("ruleVersion must be a whole number from 1",
                        List.of(new Violation("ruleVersion", "must be a rule set version, a whole number from 1")));
            }
            version = Integer.parseInt(ruleVersion);
        }
        queue.catchUp(null, financialYear);
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return export(connection, pilot, financialYear, version);
        } catch (SQLException e) {
            throw new IllegalStateException("count export failed", e);
        }
    }

    private CountPackage export(Connection connection, String pilotText, FinancialYear year, Integer requested)
            throws SQLException {
        String[] pilot = pilot(connection, pilotText);
        UUID pilotId = UUID.fromString(pilot[0]);
        Object[] rules = rules(connection, requested);
        int version = (int) rules[0];
        FunctionCatalogue.Labels labels = catalogue.labels(connection);

        StringBuilder csv = new StringBuilder();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        int count = 0;
        try (PreparedStatement select = connection.prepareStatement("""
                select financial_year, function_l1, function_l2, body, method, spend_type, amount, line_count
                from counted_figure
                where rule_version = ? and pilot_id = ? and treatment = 'counted'
                  and (cast(? as text) is null or financial_year = cast(? as text))
                order by financial_year,
                         (case when function_l1 ~ '^[0-9]+$' then cast(function_l1 as int) end), function_l1,
                         function_l2, body, method, spend_type, amount""");
             CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            select.setInt(1, version);
            select.setObject(2, pilotId);
            select.setString(3, year == null ? null : year.toString());
            select.setString(4, year == null ? null : year.toString());
            printer.printRecord(COLUMNS);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    BigDecimal amount = rows.getBigDecimal(7);
                    total = total.add(amount);
                    count++;
                    printer.printRecord(pilot[0], pilot[1], rows.getString(1).strip(), rows.getString(2),
                            nullToEmpty(labels.level1(rows.getString(2))), rows.getString(3),
                            nullToEmpty(labels.level2(rows.getString(3))), rows.getString(4), rows.getString(5),
                            rows.getString(6), amount.toPlainString(), "GBP", rows.getLong(8), version);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = ("totalplace-count-" + (pilot[1].isEmpty() ? pilot[0] : pilot[1]) + "-"
                + (year == null ? "all-years" : year.toString()) + "-rules-v" + version).toLowerCase()
                .replaceAll("[^-a-z0-9._]", "-");
        Map<String, Object> descriptor = descriptor(name, pilot, year, rules, clock.instant());
        return new CountPackage(name, descriptor, csv.toString(), total, count);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** [id, code, name] of the pilot named by id or code; a pilot unknown here but given by id has no code. */
    private static String[] pilot(Connection connection, String text) throws SQLException {
        boolean isId = text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
        try (PreparedStatement select = connection.prepareStatement(isId
                ? "select pilot_id::text, code, name from known_pilot where pilot_id = cast(? as uuid)"
                : "select pilot_id::text, code, name from known_pilot where code = ?")) {
            select.setString(1, text);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return new String[] {rows.getString(1), rows.getString(2), rows.getString(3)};
                }
            }
        }
        if (!isId) {
            throw new NotFoundException("No pilot " + text + " (pilots are known from pilots-service's events)");
        }
        return new String[] {text.toLowerCase(), "", ""};
    }

    /** [version, name, status] of the requested rule set, or of the latest published one. */
    private static Object[] rules(Connection connection, Integer requested) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(requested != null
                ? "select version, name, status from counting_rule_set where version = ?"
                : "select version, name, status from counting_rule_set where status = 'PUBLISHED' "
                        + "order by version desc limit 1")) {
            if (requested != null) {
                select.setInt(1, requested);
            }
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return new Object[] {rows.getInt(1), rows.getString(2), rows.getString(3)};
                }
            }
        }
        if (requested != null) {
            throw new NotFoundException("No counting rule set version " + requested);
        }
        throw new RuleViolationException("No counting rule set is published yet, so nothing is counted",
                List.of(new Violation("ruleVersion", "no published counting rule set; name a version")));
    }

    private static Map<String, Object> descriptor(String name, String[] pilot, FinancialYear year, Object[] rules,
                                                  Instant now) {
        String place = pilot[2].isEmpty() ? "pilot " + pilot[0] : pilot[2];
        String period = year == null ? "every financial year counted" : "financial year " + year;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("profile", "fiscal-data-package");
        d.put("name", name);
        d.put("title", "Total Place count: " + place + ", " + period + ", counting rules v" + rules[0]);
        d.put("description", "The counted public spending of " + place + " (" + period + ") under counting rule set v"
                + rules[0] + " '" + rules[1] + "' (" + rules[2] + "): one row per counted figure (pilot, year, "
                + "method, body, function, spend type), GBP, nominal prices, exact to the penny. Figures the rules "
                + "exclude are not included. Functions are the COFOG classification as HM Treasury's Country and "
                + "Regional Analysis labels it.");
        d.put("version", "rules-v" + rules[0]);
        d.put("created", now.toString());
        d.put("countryCode", "GB");
        d.put("fiscalPeriod", year == null ? Map.of() : Map.of("start", year.firstDay().toString(),
                "end", year.lastDay().toString()));
        d.put("licenses", List.of(Map.of("name", "OGL-UK-3.0", "path", LICENCE_URL,
                "title", "Open Government Licence v3.0")));
        d.put("sources", List.of(
                Map.of("title", "Spending files published by the public bodies of the place (bottom-up ledger lines)"),
                Map.of("title", "DCLG Revenue Outturn (RS) 2010-11",
                        "path", "https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing"),
                Map.of("title", "HM Treasury Country and Regional Analysis 2014 with ONS mid-year population estimates "
                        + "(top-down estimates)"),
                Map.of("title", "Total Place spend-service count, counting rule set v" + rules[0])));
        d.put("resources", List.of(resource()));
        d.put("model", model());
        return d;
    }

    private static Map<String, Object> resource() {
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(field("pilot_id", "string", "The pilot's id (pilots-service)", Map.of("format", "uuid")));
        fields.add(field("pilot_code", "string", "The pilot's code", Map.of()));
        fields.add(field("financial_year", "string", "UK financial year, 1 April to 31 March, e.g. 2009-10",
                Map.of("constraints", Map.of("pattern", "[0-9]{4}-[0-9]{2}"))));
        fields.add(field("function_l1", "string", "Function, level 1 (COFOG division), e.g. 10; or unclassified", Map.of()));
        fields.add(field("function_l1_label", "string", "Its label in the CRA, e.g. '10. Social protection'", Map.of()));
        fields.add(field("function_l2", "string", "Function, level 2 (COFOG group), e.g. 10.2; or unclassified", Map.of()));
        fields.add(field("function_l2_label", "string", "Its label in the CRA, e.g. '10.2 Old age'", Map.of()));
        fields.add(field("body", "string", "The public body that spent it", Map.of()));
        fields.add(field("method", "string", "How the figure was counted",
                Map.of("constraints", Map.of("enum", List.of("bottom-up", "outturn", "top-down", "adjustment")))));
        fields.add(field("spend_type", "string", "Revenue or capital",
                Map.of("constraints", Map.of("enum", List.of("revenue", "capital")))));
        fields.add(field("amount", "number", "Amount in pounds sterling, nominal, exact to the penny",
                Map.of("decimalChar", ".", "groupChar", "")));
        fields.add(field("currency", "string", "ISO 4217 currency of amount", Map.of()));
        fields.add(field("line_count", "integer", "Source lines the figure stands for", Map.of()));
        fields.add(field("rule_version", "integer", "The counting rule set version", Map.of()));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("name", "count");
        resource.put("path", CSV_FILE);
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        resource.put("dialect", Map.of("delimiter", ",", "header", true, "lineTerminator", "\n"));
        resource.put("schema", schema);
        return resource;
    }

    private static Map<String, Object> field(String name, String type, String description, Map<String, Object> more) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", name);
        field.put("type", type);
        field.put("description", description);
        field.putAll(more);
        return field;
    }

    private static Map<String, Object> model() {
        Map<String, Object> measures = new LinkedHashMap<>();
        measures.put("amount", Map.of("source", "amount", "currency", "GBP", "factor", 1,
                "title", "Amount (GBP, nominal)"));
        Map<String, Object> dimensions = new LinkedHashMap<>();
        dimensions.put("date", dimension("datetime", null, Map.of("financialYear", attribute("financial_year", null)),
                "financialYear"));
        Map<String, Object> functional = new LinkedHashMap<>();
        functional.put("l1Code", attribute("function_l1", null));
        functional.put("l1Label", attribute("function_l1_label", "l1Code"));
        Map<String, Object> l2 = attribute("function_l2", null);
        l2.put("parent", "l1Code");
        functional.put("l2Code", l2);
        functional.put("l2Label", attribute("function_l2_label", "l2Code"));
        dimensions.put("functional-classification", dimension("classification", "functional", functional, "l2Code"));
        dimensions.put("administrative-classification", dimension("classification", "administrative",
                Map.of("body", attribute("body", null)), "body"));
        dimensions.put("pilot", dimension("location", null, Map.of("id", attribute("pilot_id", null),
                "code", attribute("pilot_code", null)), "id"));
        dimensions.put("method", dimension("other", null, Map.of("method", attribute("method", null)), "method"));
        dimensions.put("spend-type", dimension("classification", "economic",
                Map.of("spendType", attribute("spend_type", null)), "spendType"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("measures", measures);
        model.put("dimensions", dimensions);
        return model;
    }

    private static Map<String, Object> dimension(String type, String classification, Map<String, Object> attributes,
                                                 String primaryKey) {
        Map<String, Object> dimension = new LinkedHashMap<>();
        dimension.put("dimensionType", type);
        if (classification != null) {
            dimension.put("classificationType", classification);
        }
        dimension.put("attributes", attributes);
        dimension.put("primaryKey", List.of(primaryKey));
        return dimension;
    }

    private static Map<String, Object> attribute(String source, String labelFor) {
        Map<String, Object> attribute = new LinkedHashMap<>();
        attribute.put("source", source);
        if (labelFor != null) {
            attribute.put("labelfor", labelFor);
        }
        return attribute;
    }
}
