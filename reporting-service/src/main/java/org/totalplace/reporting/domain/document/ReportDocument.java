package org.totalplace.reporting.domain.document;

import java.time.Instant;
import java.util.List;

/**
 * A report laid out for people, whatever it reports: numbered sections of blocks (paragraphs, bullet lists, key
 * figures, tables, charts), with text already worded and numbers already formatted. The HTML and PDF renderings
 * are made from this alone; CSV from its tables. {@code kind} names the report (e.g. "budget").
 */
public record ReportDocument(String kind, String title, String subtitle, Instant asOf, List<Section> sections) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }

    /** {@code number} may be null (unnumbered); board papers number sections and paragraphs. */
    public record Section(String number, String heading, List<Block> blocks) {

        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    public sealed interface Block permits Paragraph, Bullets, KeyFigures, Table, Chart {
    }

    /** {@code number} like "3.2" for a numbered paragraph, else null. */
    public record Paragraph(String number, String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {

        public Bullets {
            items = List.copyOf(items);
        }
    }

    public record KeyFigures(List<KeyFigure> figures) implements Block {

        public KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    public record KeyFigure(String label, String value) {
    }

    /**
     * Cells as displayed; {@code numeric} says per column whether it is a number (right-aligned; written to CSV
     * as the plain value in {@code raw}). {@code raw} rows hold the same cells unformatted (e.g. 1234.50, not
     * "£1,234.50") for CSV; {@code totals} may be null.
     */
    public record Table(String name, String caption, List<String> columns, List<Boolean> numeric,
                        List<List<String>> rows, List<List<String>> raw, List<String> totals) implements Block {

        public Table {
            columns = List.copyOf(columns);
            numeric = List.copyOf(numeric);
            rows = rows.stream().map(List::copyOf).toList();
            raw = raw.stream().map(List::copyOf).toList();
        }
    }

    /** A bar chart: one bar group per category, one bar per series; values in {@code unit} (e.g. "£ per head"). */
    public record Chart(String title, String unit, List<String> categories, List<Series> series) implements Block {

        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    /** Values line up with the chart's categories; null where the series has no value for a category. */
    public record Series(String name, List<java.math.BigDecimal> values) {

        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
