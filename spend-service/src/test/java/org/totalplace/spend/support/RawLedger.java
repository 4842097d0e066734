package org.totalplace.spend.support;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Gateshead ledger file holds, worked out without the service's CSV library: each physical line (the files
 * have no line breaks inside fields) is split on commas outside double quotes by the small state machine below, and
 * the Amount column is read with {@link BigDecimal} (these files hold plain decimals). A row blank but for the
 * amount counts as a total row, a row of blanks as blank; every other row must be accepted.
 */
public record RawLedger(List<String> header, int rows, int accepted, int skippedTotal, int skippedBlank,
                        BigDecimal acceptedTotal) {

    public static RawLedger read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        List<String> header = split(lines.get(0));
        int amount = header.indexOf("Amount");
        int accepted = 0;
        int totals = 0;
        int blanks = 0;
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = split(line);
            boolean othersBlank = true;
            for (int i = 0; i < fields.size(); i++) {
                othersBlank &= i == amount || fields.get(i).isBlank();
            }
            if (othersBlank && fields.get(amount).isBlank()) {
                blanks++;
            } else if (othersBlank) {
                totals++;
            } else {
                accepted++;
                sum = sum.add(new BigDecimal(fields.get(amount)));
            }
        }
        return new RawLedger(header, lines.size() - 1, accepted, totals, blanks, sum.setScale(2));
    }

    /**
     * The sums of the Amount column by the Period column's text, over the rows that are neither totals nor blank, read
     * as {@link #read} reads them.
     */
    public static java.util.Map<String, BigDecimal> periodTotals(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        List<String> header = split(lines.get(0));
        int amount = header.indexOf("Amount");
        int period = header.indexOf("Period");
        java.util.Map<String, BigDecimal> totals = new java.util.TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> fields = split(line);
            boolean othersBlank = true;
            for (int i = 0; i < fields.size(); i++) {
                othersBlank &= i == amount || fields.get(i).isBlank();
            }
            if (!othersBlank) {
                totals.merge(fields.get(period), new BigDecimal(fields.get(amount)), BigDecimal::add);
            }
        }
        totals.replaceAll((key, sum) -> sum.setScale(2));
        return totals;
    }

    /** RFC 4180 fields of one line: commas inside double quotes belong to the field, "" is a quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
