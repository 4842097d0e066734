package org.totalplace.reporting.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.totalplace.reporting.domain.document.ReportDocument;

/**
 * Prints the page {@link HtmlRenderer} makes to PDF with openhtmltopdf (PDFBox underneath), so the PDF shows
 * exactly what the HTML shows, charts included. DejaVu Sans is embedded (subset) when its files are found, so £, –
 * and other non-Latin-1 text print as written; without them the PDF falls back to the built-in fonts. Nothing is
 * fetched from outside the page: only data: URIs may be loaded.
 */
public final class PdfRenderer {

    /** Where the DejaVu fonts are looked for; Debian's fonts-dejavu-core puts them here. */
    public static final String FONT_DIR_PROPERTY = "totalplace.render.font-dir";
    private static final Path DEFAULT_FONT_DIR = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final String FAMILY = "DejaVu Sans";

    private final HtmlRenderer html;
    private final Path fontDir;

    public PdfRenderer() {
        this(new HtmlRenderer(), Path.of(System.getProperty(FONT_DIR_PROPERTY, DEFAULT_FONT_DIR.toString())));
    }

    public PdfRenderer(HtmlRenderer html, Path fontDir) {
        this.html = html;
        this.fontDir = fontDir;
    }

    public byte[] render(ReportDocument document) {
        return renderHtml(html.render(document));
    }

    /** {@code xhtml} must be well-formed XML, as every page of this package is. */
    public byte[] renderHtml(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("Total Place reporting-service")
                .useExternalResourceAccessControl(
                        (uri, type) -> uri != null && uri.startsWith("data:"), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        embedFonts(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("could not print the report to PDF", e);
        }
        return out.toByteArray();
    }

    private void embedFonts(PdfRendererBuilder builder) {
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
    }

    private void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        Path path = fontDir.resolve(file);
        if (Files.isReadable(path)) {
            builder.useFont(path.toFile(), FAMILY, weight, style, true);
        }
    }
}
