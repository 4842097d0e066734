package org.totalplace.reporting.render;

import java.util.List;

/** The page listing the programme's reports, each with links to its HTML, PDF, JSON and CSV forms. */
public final class IndexPage {

    public String render(String heading, String introduction, List<IndexEntry> entries) {
        StringBuilder out = new StringBuilder(8 * 1024);
        HtmlPage.open(out, heading, "index");
        out.append("<header class=\"report-head\">\n<p class=\"report-kind\">Total Place programme</p>\n<h1>")
                .append(HtmlText.escape(heading)).append("</h1>\n");
        if (introduction != null && !introduction.isBlank()) {
            out.append("<p class=\"subtitle\">").append(HtmlText.escape(introduction)).append("</p>\n");
        }
        out.append("</header>\n<main>\n<table class=\"index\">\n<thead><tr><th scope=\"col\">Report</th>")
                .append("<th scope=\"col\">What it shows</th><th scope=\"col\">Forms</th></tr></thead>\n<tbody>\n");
        for (IndexEntry entry : entries) {
            out.append("<tr id=\"report-").append(HtmlText.escape(entry.kind())).append("\"><td><a href=\"")
                    .append(HtmlText.escape(entry.href(ReportFormat.HTML))).append("\">")
                    .append(HtmlText.escape(entry.title())).append("</a></td><td>")
                    .append(HtmlText.escape(entry.description())).append("</td><td class=\"formats\">");
            for (ReportFormat format : entry.formats()) {
                out.append("<a href=\"").append(HtmlText.escape(entry.href(format))).append("\" type=\"")
                        .append(format.mediaType()).append("\">").append(format.label()).append("</a> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</main>\n");
        HtmlPage.close(out);
        return out.toString();
    }
}
