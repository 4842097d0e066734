package org.totalplace.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class IndexPageTest {

    private final IndexPage page = new IndexPage();

    @Test
    void shouldLinkEachReportInEachOfItsForms() {
        String html = page.render("Reports", "The programme's reports, from the live state.", List.of(
                new IndexEntry("budget", "Budget report", "Per pilot: the count and the asks.", "/reports/budget"),
                new IndexEntry("pbr-summary", "Pre-Budget Report summary", "Submissions per pilot.",
                        "/reports/pbr-summary", List.of(ReportFormat.HTML, ReportFormat.PDF), "asOf=2009-12-09")));

        assertThat(html).contains("<h1>Reports</h1>")
                .contains("<a href=\"/reports/budget?format=html\">Budget report</a>")
                .contains("<td>Per pilot: the count and the asks.</td>")
                .contains("<a href=\"/reports/budget?format=pdf\" type=\"application/pdf\">PDF</a>")
                .contains("<a href=\"/reports/budget?format=json\" type=\"application/json\">JSON</a>")
                .contains("<a href=\"/reports/budget?format=csv\" type=\"text/csv\">CSV</a>")
                .contains("<a href=\"/reports/pbr-summary?format=pdf&amp;asOf=2009-12-09\"")
                .doesNotContain("/reports/pbr-summary?format=csv");
    }

    @Test
    void shouldEscapeTitlesAndDescriptions() throws Exception {
        String html = page.render("Reports <b>", null, List.of(new IndexEntry("x", "<script>x()</script>",
                "Tom & Jerry", "/reports/x")));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;x()&lt;/script&gt;", "Tom &amp; Jerry");
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }
}
