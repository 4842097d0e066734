package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One row of HM Treasury's Country and Regional Analysis in its long form ({@code cra/cra_2014_long.csv}): loaded
 * verbatim, or rejected with its line, the column at fault and why. Values are £ THOUSAND, read exactly as decimals;
 * {@code value_gbp_million} must be exactly {@code value_gbp_thousand / 1000}, which checks that the row was read
 * whole.
 */
public sealed interface CraRow {

    /** The header the long file has, in order. */
    List<String> HEADER = List.of("year", "department", "cofog_level_0", "hmt_function", "cofog_level_1",
            "hmt_subfunction", "cra_segment", "cra_segment_description", "id_non_id", "cap_or_cur", "cg_lg_or_pc",
            "nuts_region", "country", "value_gbp_thousand", "value_gbp_million", "source_row");

    Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    Pattern SOURCE_ROW = Pattern.compile("[0-9]{1,9}");

    /** The text columns, verbatim (trailing spaces kept), and the value in £ thousand. */
    record Line(long line, FinancialYear year, List<String> text, BigDecimal valueGbpThousand, int sourceRow)
            implements CraRow {

        public Line {
            text = List.copyOf(text);
        }
    }

    record Rejected(long line, String column, String reason) implements CraRow {
    }

    static CraRow read(long line, List<String> values) {
        if (values.size() != HEADER.size()) {
            return new Rejected(line, null, "has " + values.size() + " fields; the header has " + HEADER.size());
        }
        FinancialYear year;
        try {
            year = FinancialYear.parse(values.get(0));
        } catch (InvalidValueException e) {
            return new Rejected(line, "year", "'" + values.get(0) + "' is not a financial year such as 2009-10");
        }
        for (int i = 1; i <= 12; i++) {
            if (values.get(i).isBlank()) {
                return new Rejected(line, HEADER.get(i), "is blank");
            }
        }
        String idNonId = values.get(8);
        if (!"ID".equals(idNonId) && !"Non-ID".equals(idNonId)) {
            return new Rejected(line, "id_non_id", "'" + idNonId + "' is neither ID nor Non-ID");
        }
        String thousand = values.get(13);
        if (!DECIMAL.matcher(thousand).matches()) {
            return new Rejected(line, "value_gbp_thousand", "'" + thousand + "' is not a plain decimal");
        }
        String million = values.get(14);
        if (!DECIMAL.matcher(million).matches()) {
            return new Rejected(line, "value_gbp_million", "'" + million + "' is not a plain decimal");
        }
        BigDecimal value = new BigDecimal(thousand);
        if (value.movePointLeft(3).compareTo(new BigDecimal(million)) != 0) {
            return new Rejected(line, "value_gbp_million", million + " is not value_gbp_thousand / 1000 ("
                    + value.movePointLeft(3).toPlainString() + ")");
        }
        if (!SOURCE_ROW.matcher(values.get(15)).matches()) {
            return new Rejected(line, "source_row", "'" + values.get(15) + "' is not a row number");
        }
        return new Line(line, year, values.subList(1, 13), value, Integer.parseInt(values.get(15)));
    }
}
