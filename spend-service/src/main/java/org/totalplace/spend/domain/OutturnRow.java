package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of a Revenue Outturn table as converted from DCLG's workbook: {@code E-code, Local authority, Class}, then
 * one value per column, £ THOUSAND. A body's row is loaded whole; a row without an E-code is one of the ENGLAND or
 * class totals that sit in the same table, refused so that nothing is counted twice; a value that is not a plain
 * number refuses its row, naming the column.
 */
public sealed interface OutturnRow {

    List<String> LEADING = List.of("E-code", "Local authority", "Class");
    Pattern E_CODE = Pattern.compile("E[0-9]{4}");
    Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    record Body(long line, String eCode, String name, String bodyClass, List<BigDecimal> values) implements OutturnRow {

        public Body {
            values = List.copyOf(values);
        }
    }

    record Rejected(long line, String column, String reason) implements OutturnRow {
    }

    static OutturnRow read(long line, List<String> header, List<String> fields) {
        if (fields.size() != header.size()) {
            return new Rejected(line, null, "has " + fields.size() + " fields; the header has " + header.size());
        }
        String eCode = fields.get(0).strip();
        if (eCode.isEmpty()) {
            return new Rejected(line, "E-code", "'" + fields.get(1) + "' is a total of other rows (no E-code), not a "
                    + "body: counting it would count its bodies twice");
        }
        if (!E_CODE.matcher(eCode).matches()) {
            return new Rejected(line, "E-code", "'" + eCode + "' is not an E-code such as E0101");
        }
        if (fields.get(1).isBlank()) {
            return new Rejected(line, "Local authority", "is blank");
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int i = LEADING.size(); i < fields.size(); i++) {
            String value = fields.get(i).strip();
            if (!NUMBER.matcher(value).matches()) {
                return new Rejected(line, header.get(i), "'" + value + "' is not a number");
            }
            values.add(new BigDecimal(value));
        }
        return new Body(line, eCode, fields.get(1).strip(), fields.get(2).strip(), values);
    }
}
