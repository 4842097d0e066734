package org.totalplace.reporting.domain.library;

/**
 * Something in a citizen's story that identifies a person (a name, an address, a school) and what every anonymised
 * reading shows instead: {@code "Mary Jones"} shown as {@code "a resident"}.
 */
public record IdentifyingDetail(String text, String shownAs) {

    public static final String DEFAULT_SHOWN_AS = "a resident";

    public IdentifyingDetail {
        shownAs = shownAs == null || shownAs.isBlank() ? DEFAULT_SHOWN_AS : shownAs.strip();
        text = text == null ? null : text.strip();
    }
}
