package org.totalplace.reporting.domain.library;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rules a library item must keep: {@link #malformed} for fields that are missing or ill-formed (400),
 * {@link #breaches} for well-formed items a rule forbids (422). Each rejection names its field.
 */
public final class LibraryRules {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BODY = 20_000;
    public static final int MAX_SOURCE = 500;
    public static final int MAX_TAG = 60;
    /** Pilot and parallel place codes, theme slugs: {@code lewisham}, {@code older-people}. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public record Rejection(String field, String message) {
    }

    private LibraryRules() {
    }

    public static List<Rejection> malformed(LibraryDraft d) {
        List<Rejection> out = new ArrayList<>();
        if (d.kind() == null || d.kind().isBlank()) {
            out.add(new Rejection("kind", "is required: one of " + String.join(", ", LibraryKind.names())));
        } else if (LibraryKind.named(d.kind()).isEmpty()) {
            out.add(new Rejection("kind", "must be one of " + String.join(", ", LibraryKind.names())
                    + " (got " + d.kind() + ")"));
        }
        text(out, "title", d.title(), MAX_TITLE);
        text(out, "body", d.body(), MAX_BODY);
        if (d.date() == null) {
            out.add(new Rejection("date", "is required: the item's date, e.g. 2010-07-20"));
        }
        text(out, "source", d.source(), MAX_SOURCE);
        if (d.url() != null && !d.url().isBlank() && !httpUrl(d.url().strip())) {
            out.add(new Rejection("url", "must be an absolute http or https URL"));
        }
        codes(out, "places", d.places(), "a place code such as lewisham or a parallel place's code");
        codes(out, "themes", d.themes(), "a theme slug such as older-people");
        for (int i = 0; i < d.tags().size(); i++) {
            String tag = d.tags().get(i);
            if (tag == null || tag.isBlank() || tag.strip().length() > MAX_TAG) {
                out.add(new Rejection("tags[" + i + "]", "must be 1 to " + MAX_TAG + " characters"));
            }
        }
        for (int i = 0; i < d.identifyingDetails().size(); i++) {
            IdentifyingDetail detail = d.identifyingDetails().get(i);
            if (detail == null || detail.text() == null || detail.text().isBlank()) {
                out.add(new Rejection("identifyingDetails[" + i + "].text", "is required: the name or detail"));
            }
        }
        return out;
    }

    public static List<Rejection> breaches(LibraryDraft d) {
        List<Rejection> out = new ArrayList<>();
        boolean story = LibraryKind.CITIZEN_STORY.name().equals(d.kind());
        if (!story && !d.identifyingDetails().isEmpty()) {
            out.add(new Rejection("identifyingDetails", "only a citizen story keeps identifying details"));
        }
        if (!story && d.consentToPublish() != null) {
            out.add(new Rejection("consentToPublish", "only a citizen story asks for consent to publish"));
        }
        if (!d.anonymised() && !d.consented()) {
            out.add(new Rejection("anonymise", "may be false only for a story whose subject consented to publish "
                    + "(consentToPublish true)"));
        }
        return out;
    }

    private static void text(List<Rejection> out, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            out.add(new Rejection(field, "is required"));
        } else if (value.strip().length() > max) {
            out.add(new Rejection(field, "must be at most " + max + " characters"));
        }
    }

    private static void codes(List<Rejection> out, String field, List<String> codes, String what) {
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || !CODE.matcher(codes.get(i)).matches()) {
                out.add(new Rejection(field + "[" + i + "]", "must be " + what + " (lower case letters, digits, "
                        + "hyphens)"));
            }
        }
    }

    private static boolean httpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
