package org.totalplace.reporting.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every rendered page shares: an HTML5 document that is also well-formed XHTML (so the PDF renderer can
 * parse it as XML), with the stylesheet inline and a Content-Security-Policy that lets the page load nothing but
 * its own inline styles and data: images.
 */
final class HtmlPage {

    static final String STYLESHEET = load("report.css");

    private HtmlPage() {
    }

    static void open(StringBuilder out, String title, String bodyClass) {
        out.append("<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\" xml:lang=\"en-GB\">\n")
                .append("<head>\n")
                .append("<meta charset=\"utf-8\" />\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "img-src data:; style-src 'unsafe-inline'\" />\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLESHEET).append("</style>\n")
                .append("</head>\n")
                .append("<body class=\"").append(HtmlText.escape(bodyClass)).append("\">\n");
    }

    static void close(StringBuilder out) {
        out.append("</body>\n</html>\n");
    }

    private static String load(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("stylesheet " + name + " missing from the classpath");
            }
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (css.contains("<") || css.contains("&")) {
                throw new IllegalStateException("stylesheet " + name + " must not contain '<' or '&' (it is inlined into XHTML)");
            }
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
