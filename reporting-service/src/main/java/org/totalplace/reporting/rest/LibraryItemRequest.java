package org.totalplace.reporting.rest;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.library.IdentifyingDetail;
import org.totalplace.reporting.domain.library.LibraryDraft;

/** A library item as created or replaced; the use case checks it and names every wrong field. */
@Schema(name = "LibraryItemRequest")
public record LibraryItemRequest(
        @Schema(description = "CITIZEN_STORY, RESEARCH_REPORT, NEWS_COVERAGE or PRACTICE_NOTE",
                example = "CITIZEN_STORY") String kind,
        @Schema(example = "Mary Jones: eleven visitors a week, and nobody in charge") String title,
        @Schema(description = "The text or a summary of it") String body,
        @Schema(description = "The item's date (a story's telling, a report's publication)", example = "2010-07-20")
        LocalDate date,
        @Schema(description = "Where it comes from, as a citation", example = "Total Place update 49, Leadership "
                + "Centre for Local Government") String source,
        @Schema(description = "Optional http(s) link to it") String url,
        @Schema(description = "Pilot or parallel place codes", example = "[\"lewisham\"]") List<String> places,
        @Schema(description = "Theme slugs", example = "[\"older-people\"]") List<String> themes,
        @Schema(description = "Free tags", example = "[\"home care\"]") List<String> tags,
        @Schema(description = "Citizen stories only: the subject consented to its publication; absent = no")
        Boolean consentToPublish,
        @Schema(description = "Citizen stories only: false shows the names to the programme office, and only with "
                + "consent; absent = true") Boolean anonymise,
        @Schema(description = "Citizen stories only: names and details that identify someone, and what is shown "
                + "instead (default \"a resident\")") List<Detail> identifyingDetails) {

    @Schema(name = "IdentifyingDetail")
    public record Detail(@Schema(example = "Mary Jones") String text,
                         @Schema(example = "a resident") String shownAs) {
    }

    LibraryDraft draft() {
        return new LibraryDraft(kind, title, body, date, source, url, places, themes, tags, consentToPublish,
                anonymise, identifyingDetails == null ? null : identifyingDetails.stream()
                .map(d -> d == null ? null : new IdentifyingDetail(d.text(), d.shownAs())).toList());
    }
}
