package org.totalplace.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.document.ReportDocument.Table;

class PdfRendererTest {

    private static byte[] pdf;

    @BeforeAll
    static void printTheSampleReport() {
        pdf = new PdfRenderer().render(SampleReport.boardPaper());
    }

    @Test
    void shouldOpenAsAPdfWithThePilotNamesAndPoundAmounts() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);

            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(text).contains("Total Place: the count of public spending", "Lewisham", "Birmingham",
                    "£4,321,000.00", "£9,876,543.21", "2008–09", "1.1", "Implications for Wales");
        }
    }

    @Test
    void shouldPrintTheChartAsTheSamePng() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = images(document);

            assertThat(images).hasSize(1);
            assertThat(images.get(0).getWidth()).isEqualTo(1600);
            assertThat(images.get(0).getHeight()).isEqualTo(840);
        }
    }

    @Test
    void shouldDrawTheChartWholeInItsProportionsWithinThePageMargins() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<DrawnImages.Drawn> drawn = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                drawn.addAll(DrawnImages.on(page));
            }

            assertThat(drawn).hasSize(1);
            DrawnImages.Drawn chart = drawn.get(0);
            float a4Width = 595.3f;
            float margin = 18 / 25.4f * 72;
            assertThat(chart.width() / chart.height()).isCloseTo(800f / 420f, within(0.01f));
            assertThat(chart.x()).isGreaterThanOrEqualTo(margin - 1);
            assertThat(chart.x() + chart.width()).isLessThanOrEqualTo(a4Width - margin + 1);
            assertThat(chart.width()).as("about the width between the margins").isGreaterThan(400f);
        }
    }

    @Test
    void shouldRepeatTheTableHeaderOnEveryPageALongTableRunsOnto() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of("Line " + i, "£" + i + ".00"));
        }
        ReportDocument longTable = new ReportDocument("test", "Ledger", null, null, List.of(new Section("1", "Lines",
                List.of(new Table("lines", null, List.of("Ledger line", "Amount"), List.of(false, true), rows, rows,
                        null)))));

        try (PDDocument document = Loader.loadPDF(new PdfRenderer().render(longTable))) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page %d", page).contains("Ledger line Amount");
            }
        }
    }

    @Test
    void shouldEmbedDejaVuSans() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }

            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans") && f.endsWith(" embedded"));
        }
    }

    private static List<PDImageXObject> images(PDDocument document) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), images);
        }
        return images;
    }

    private static void collect(PDResources resources, List<PDImageXObject> images) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            var xobject = resources.getXObject(name);
            if (xobject instanceof PDImageXObject image) {
                images.add(image);
            } else if (xobject instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), images);
            }
        }
    }
}
