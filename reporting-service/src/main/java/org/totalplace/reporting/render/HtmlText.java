package org.totalplace.reporting.render;

/**
 * Escapes text for HTML element content and quoted attribute values. The output is also well-formed XML (the PDF
 * renderer parses the page as XHTML), so characters XML 1.0 forbids - C0 controls other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF - become U+FFFD instead of breaking the parse.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(allowedInXml(cp) ? cp : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
