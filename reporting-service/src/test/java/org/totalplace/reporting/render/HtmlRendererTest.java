package org.totalplace.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Paragraph;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class HtmlRendererTest {

    private static final Pattern PNG_DATA_URI = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    private final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void shouldShowNumberedSectionsAndParagraphsLikeABoardPaper() {
        String html = renderer.render(SampleReport.boardPaper());

        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("<title>Total Place: the count of public spending</title>")
                .contains("<h1>Total Place: the count of public spending</h1>")
                .contains("<p class=\"subtitle\">Improvement Board, 5 February 2010</p>")
                .contains("As at 5 February 2010, 17:00 GMT")
                .contains("<h2><span class=\"section-number\">1</span> Summary</h2>")
                .contains("<h2><span class=\"section-number\">4</span> Implications for Wales</h2>")
                .contains("<p class=\"numbered\"><span class=\"para-number\">1.1</span>This paper reports the count "
                        + "of public spending in Lewisham and Birmingham for 2008–09.</p>")
                .contains("<span class=\"value\">£9,876,543.21</span><span class=\"label\">Counted spend, both pilots")
                .contains("<li>Barriers escalated to ministers: 1</li>");
    }

    @Test
    void shouldRightAlignNumbersAndRepeatTableHeadersOnEachPrintedPage() {
        String html = renderer.render(SampleReport.boardPaper());

        assertThat(html).contains("<caption>Table 1: the count by pilot</caption>")
                .contains("<thead><tr><th scope=\"col\">Pilot</th><th scope=\"col\" class=\"num\">Top-down</th>")
                .contains("<tr><td>Lewisham</td><td class=\"num\">£4,321,000.00</td>")
                .contains("<tr class=\"totals\"><td>Total</td><td class=\"num\">£9,876,543.21</td>")
                .contains("table.data thead { display: table-header-group; }")
                .contains("size: A4;");
    }

    @Test
    void shouldInlineTheChartAsAPngOfFixedSizeInTheSeriesColours() throws Exception {
        String html = renderer.render(SampleReport.boardPaper());

        Matcher img = PNG_DATA_URI.matcher(html);
        assertThat(img.find()).as("an <img> with a PNG data: URI").isTrue();
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(1))));
        assertThat(png.getWidth()).isEqualTo(1600);
        assertThat(png.getHeight()).isEqualTo(840);
        assertThat(PngPixels.count(png, ChartPalette.colourOf(0), 0)).isGreaterThan(20_000);
        assertThat(PngPixels.count(png, ChartPalette.colourOf(1), 0)).isGreaterThan(20_000);
        assertThat(img.find()).as("one chart, one image").isFalse();
        assertThat(html).contains("<figcaption>Figure 1: spend per head by function</figcaption>")
                .contains("alt=\"Figure 1: spend per head by function: bar chart of £ per head for Health, Police, "
                        + "Education, Housing; series: Lewisham, Birmingham.\"");
    }

    @Test
    void shouldEscapeMarkupInReportText() {
        String html = renderer.render(
                SampleReport.boardPaper("<script>alert('pwned')</script>", "Tom & \"Jerry\"", true));

        assertThat(html).doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;")
                .contains("Tom &amp; &quot;Jerry&quot;");
    }

    @Test
    void shouldReplaceCharactersXmlCannotCarry() {
        ReportDocument document = new ReportDocument("test", "Bell\u0007 and \uD800 lone surrogate, 😀 kept", null,
                null, List.of(new Section(null, "Notes", List.of(new Paragraph(null, "fine")))));

        String html = renderer.render(document);

        assertThat(html).contains("<h1>Bell\uFFFD and \uFFFD lone surrogate, 😀 kept</h1>");
    }

    @Test
    void shouldBeWellFormedXhtmlForThePdfRenderer() throws Exception {
        String html = renderer.render(SampleReport.boardPaper("<b>Lewisham</b>", "A & B", true));

        Document dom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));

        assertThat(dom.getElementsByTagName("section").getLength()).isEqualTo(4);
        assertThat(dom.getElementsByTagName("img").getLength()).isEqualTo(1);
    }

    @Test
    void shouldLoadNothingFromOutsideThePage() {
        // The XHTML namespace name is an identifier, never fetched.
        String html = renderer.render(SampleReport.boardPaper())
                .replace("xmlns=\"http://www.w3.org/1999/xhtml\"", "");

        assertThat(html).doesNotContain("http://", "https://", "<link", "<script", "url(", "@import")
                .contains("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
        assertThat(Pattern.compile("src=\"(?!data:)").matcher(html).find()).as("a src that is not data:").isFalse();
    }

    @Test
    void shouldRenderTheSameDocumentToTheSamePage() {
        assertThat(renderer.render(SampleReport.boardPaper())).isEqualTo(renderer.render(SampleReport.boardPaper()));
    }
}
