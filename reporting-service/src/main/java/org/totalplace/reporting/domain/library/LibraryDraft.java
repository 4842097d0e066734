package org.totalplace.reporting.domain.library;

import java.time.LocalDate;
import java.util.List;

/**
 * What a library item is asked to be. {@code consentToPublish} and {@code anonymise} matter for citizen stories only
 * (null: no consent; anonymised); {@code identifyingDetails} are a story's names and details kept apart.
 */
public record LibraryDraft(String kind, String title, String body, LocalDate date, String source, String url,
                           List<String> places, List<String> themes, List<String> tags, Boolean consentToPublish,
                           Boolean anonymise, List<IdentifyingDetail> identifyingDetails) {

    public LibraryDraft {
        places = places == null ? List.of() : places;
        themes = themes == null ? List.of() : themes;
        tags = tags == null ? List.of() : tags;
        identifyingDetails = identifyingDetails == null ? List.of() : identifyingDetails;
    }

    public boolean consented() {
        return Boolean.TRUE.equals(consentToPublish);
    }

    /** Anonymised unless the draft says false. */
    public boolean anonymised() {
        return !Boolean.FALSE.equals(anonymise);
    }
}
