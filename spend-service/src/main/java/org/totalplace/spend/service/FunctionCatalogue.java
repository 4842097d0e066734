package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the functional classification's codes, as the CRA labels them: level 1 "10" is "10. Social
 * protection", level 2 "10.2" is "10.2 Old age". Derived from the CRA as imported (distinct cofog_level_0 and
 * cofog_level_1 of cra_line; the code is the label's leading number), so the count and the CRA name functions alike.
 * Read once per CRA import and kept until the next one. Without an imported CRA there are no labels (null), only
 * codes; "unclassified" is always named.
 */
@ApplicationScoped
public class FunctionCatalogue {

    public static final String UNCLASSIFIED = "unclassified";
    public static final String UNCLASSIFIED_LABEL = "Unclassified (no counting rule matched)";

    private static final Pattern LEVEL_1 = Pattern.compile("([0-9]+)\\.\\s.*");
    private static final Pattern LEVEL_2 = Pattern.compile("([0-9]+\\.[0-9A-Z]+)\\s.*");

    /** The labels of both levels, code to label. */
    public record Labels(Map<String, String> level1, Map<String, String> level2) {

        public Labels {
            level1 = Map.copyOf(level1);
            level2 = Map.copyOf(level2);
        }

        public String level1(String code) {
            return UNCLASSIFIED.equals(code) ? UNCLASSIFIED_LABEL : level1.get(code);
        }

        public String level2(String code) {
            return UNCLASSIFIED.equals(code) ? UNCLASSIFIED_LABEL : level2.get(code);
        }
    }

    private record Cached(String importId, Labels labels) {
    }

    private volatile Cached cached = new Cached(null, new Labels(Map.of(), Map.of()));

    /** The labels as of the latest CRA import, read over the caller's connection. */
    public Labels labels(Connection connection) throws SQLException {
        String importId = latestCraImport(connection).orElse(null);
        Cached current = cached;
        if (importId == null || importId.equals(current.importId())) {
            return importId == null ? new Labels(Map.of(), Map.of()) : current.labels();
        }
        Map<String, String> level1 = new HashMap<>();
        Map<String, String> level2 = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select distinct cofog_level_0, cofog_level_1 from cra_line");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                put(level1, LEVEL_1, rows.getString(1));
                put(level2, LEVEL_2, rows.getString(2));
            }
        }
        Labels labels = new Labels(level1, level2);
        cached = new Cached(importId, labels);
        return labels;
    }

    private static void put(Map<String, String> labels, Pattern code, String label) {
        Matcher m = code.matcher(label);
        if (m.matches()) {
            labels.put(m.group(1), label);
        }
    }

    private static Optional<String> latestCraImport(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select id::text from data_import where dataset = 'cra' order by imported_at desc, id limit 1""");
             ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        }
    }
}
