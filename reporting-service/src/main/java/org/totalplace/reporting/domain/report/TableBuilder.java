package org.totalplace.reporting.domain.report;

import java.util.ArrayList;
import java.util.List;
import org.totalplace.reporting.domain.document.ReportDocument;

/** Builds a {@link ReportDocument.Table} column by column and row by row, keeping displayed and raw cells aligned. */
final class TableBuilder {

    private final String name;
    private final String caption;
    private final List<String> columns = new ArrayList<>();
    private final List<Boolean> numeric = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();
    private final List<List<String>> raw = new ArrayList<>();
    private List<String> totals;

    TableBuilder(String name, String caption) {
        this.name = name;
        this.caption = caption;
    }

    TableBuilder text(String column) {
        columns.add(column);
        numeric.add(false);
        return this;
    }

    TableBuilder number(String column) {
        columns.add(column);
        numeric.add(true);
        return this;
    }

    /** Cells as pairs: displayed, raw, displayed, raw, ... */
    TableBuilder row(String... displayedAndRaw) {
        if (displayedAndRaw.length != columns.size() * 2) {
            throw new IllegalArgumentException("row of " + displayedAndRaw.length / 2 + " cells for " + columns.size() + " columns");
        }
        List<String> shown = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        for (int i = 0; i < displayedAndRaw.length; i += 2) {
            shown.add(displayedAndRaw[i] == null ? "" : displayedAndRaw[i]);
            plain.add(displayedAndRaw[i + 1] == null ? "" : displayedAndRaw[i + 1]);
        }
        rows.add(shown);
        raw.add(plain);
        return this;
    }

    TableBuilder totals(List<String> cells) {
        this.totals = List.copyOf(cells);
        return this;
    }

    ReportDocument.Table build() {
        return new ReportDocument.Table(name, caption, columns, numeric, rows, raw, totals);
    }
}
