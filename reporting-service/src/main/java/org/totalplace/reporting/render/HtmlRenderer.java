package org.totalplace.reporting.render;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Block;
import org.totalplace.reporting.domain.document.ReportDocument.Bullets;
import org.totalplace.reporting.domain.document.ReportDocument.Chart;
import org.totalplace.reporting.domain.document.ReportDocument.KeyFigure;
import org.totalplace.reporting.domain.document.ReportDocument.KeyFigures;
import org.totalplace.reporting.domain.document.ReportDocument.Paragraph;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.document.ReportDocument.Table;

/**
 * Renders a {@link ReportDocument} as one self-contained, printable HTML5 page laid out like a council board
 * paper: numbered sections and paragraphs, tables whose headers repeat on each printed page, and charts drawn
 * server-side and inlined as PNG. The page loads nothing from anywhere. Its markup is also well-formed XHTML, which
 * is what {@link PdfRenderer} needs. Output depends on the document alone, so the same document gives the same page.
 */
public final class HtmlRenderer {

    private static final int WIDE_TABLE_COLUMNS = 8;

    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK).withZone(ZoneId.of("Europe/London"));

    private final ChartRenderer charts;

    public HtmlRenderer() {
        this(new ChartRenderer());
    }

    public HtmlRenderer(ChartRenderer charts) {
        this.charts = charts;
    }

    public String render(ReportDocument document) {
        StringBuilder out = new StringBuilder(32 * 1024);
        HtmlPage.open(out, document.title(), "report report-" + document.kind());
        header(out, document);
        out.append("<main>\n");
        for (Section section : document.sections()) {
            section(out, section);
        }
        out.append("</main>\n");
        out.append("<footer class=\"report-foot\">").append(HtmlText.escape(document.title()));
        if (document.asOf() != null) {
            out.append(" &#8211; as at ").append(HtmlText.escape(AS_OF.format(document.asOf())));
        }
        out.append("</footer>\n");
        HtmlPage.close(out);
        return out.toString();
    }

    private static void header(StringBuilder out, ReportDocument document) {
        out.append("<header class=\"report-head\">\n")
                .append("<p class=\"report-kind\">Total Place programme</p>\n")
                .append("<h1>").append(HtmlText.escape(document.title())).append("</h1>\n");
        if (hasText(document.subtitle())) {
            out.append("<p class=\"subtitle\">").append(HtmlText.escape(document.subtitle())).append("</p>\n");
        }
        if (document.asOf() != null) {
            out.append("<p class=\"as-of\">As at ").append(HtmlText.escape(AS_OF.format(document.asOf())))
                    .append("</p>\n");
        }
        out.append("</header>\n");
    }

    private void section(StringBuilder out, Section section) {
        out.append("<section class=\"section\">\n");
        List<Block> blocks = section.blocks();
        // The heading is kept with its first block when printed; a table may be longer than a page, so not with it.
        boolean keepFirst = !blocks.isEmpty() && !(blocks.get(0) instanceof Table);
        if (keepFirst) {
            out.append("<div class=\"section-start\">\n");
        }
        out.append("<h2>");
        if (hasText(section.number())) {
            out.append("<span class=\"section-number\">").append(HtmlText.escape(section.number())).append("</span> ");
        }
        out.append(HtmlText.escape(section.heading())).append("</h2>\n");
        for (int i = 0; i < blocks.size(); i++) {
            block(out, blocks.get(i));
            if (i == 0 && keepFirst) {
                out.append("</div>\n");
            }
        }
        out.append("</section>\n");
    }

    private void block(StringBuilder out, Block block) {
        // Java 17: no pattern matching in switch yet; the block types are sealed, so this chain is complete.
        if (block instanceof Paragraph p) {
            paragraph(out, p);
        } else if (block instanceof Bullets b) {
            bullets(out, b);
        } else if (block instanceof KeyFigures k) {
            keyFigures(out, k);
        } else if (block instanceof Table t) {
            table(out, t);
        } else if (block instanceof Chart c) {
            chart(out, c);
        } else {
            throw new IllegalArgumentException("no rendering for block " + block.getClass().getSimpleName());
        }
    }

    private static void paragraph(StringBuilder out, Paragraph paragraph) {
        if (hasText(paragraph.number())) {
            out.append("<p class=\"numbered\"><span class=\"para-number\">").append(HtmlText.escape(paragraph.number()))
                    .append("</span>").append(HtmlText.escape(paragraph.text())).append("</p>\n");
        } else {
            out.append("<p>").append(HtmlText.escape(paragraph.text())).append("</p>\n");
        }
    }

    private static void bullets(StringBuilder out, Bullets bullets) {
        out.append("<ul class=\"bullets\">\n");
        for (String item : bullets.items()) {
            out.append("<li>").append(HtmlText.escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void keyFigures(StringBuilder out, KeyFigures figures) {
        out.append("<div class=\"key-figures\">\n");
        for (KeyFigure figure : figures.figures()) {
            out.append("<div class=\"key-figure\"><span class=\"value\">").append(HtmlText.escape(figure.value()))
                    .append("</span><span class=\"label\">").append(HtmlText.escape(figure.label()))
                    .append("</span></div>\n");
        }
        out.append("</div>\n");
    }

    private static void table(StringBuilder out, Table table) {
        // a table of many columns gets smaller type so that it fits the page's width instead of being cut off
        out.append(table.columns().size() > WIDE_TABLE_COLUMNS ? "<table class=\"data wide\">\n" : "<table class=\"data\">\n");
        if (hasText(table.caption())) {
            out.append("<caption>").append(HtmlText.escape(table.caption())).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (int c = 0; c < table.columns().size(); c++) {
            out.append("<th scope=\"col\"").append(numericClass(table, c)).append('>')
                    .append(HtmlText.escape(table.columns().get(c))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            row(out, table, row, "");
        }
        if (table.totals() != null) {
            row(out, table, table.totals(), " class=\"totals\"");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void row(StringBuilder out, Table table, List<String> cells, String rowAttributes) {
        out.append("<tr").append(rowAttributes).append('>');
        for (int c = 0; c < cells.size(); c++) {
            out.append("<td").append(numericClass(table, c)).append('>').append(HtmlText.escape(cells.get(c)))
                    .append("</td>");
        }
        out.append("</tr>\n");
    }

    private static String numericClass(Table table, int column) {
        boolean numeric = column < table.numeric().size() && Boolean.TRUE.equals(table.numeric().get(column));
        return numeric ? " class=\"num\"" : "";
    }

    private void chart(StringBuilder out, Chart chart) {
        ChartImage image = charts.render(chart);
        out.append("<figure class=\"chart\">\n");
        if (hasText(chart.title())) {
            out.append("<figcaption>").append(HtmlText.escape(chart.title())).append("</figcaption>\n");
        }
        out.append("<img src=\"").append(image.dataUri()).append("\" alt=\"").append(HtmlText.escape(image.altText())).append("\" />\n")
                .append("</figure>\n");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
