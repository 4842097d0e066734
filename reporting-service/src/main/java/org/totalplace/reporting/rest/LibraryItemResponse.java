package org.totalplace.reporting.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.library.LibraryItem;

/**
 * A library item as the caller may read it: the anonymised text unless {@link LibraryItem#namedFor} says otherwise;
 * the identifying details themselves only to the programme office.
 */
@Schema(name = "LibraryItem")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LibraryItemResponse(
        UUID id, String kind, String title, String body, LocalDate date, String source, String url,
        List<String> places, List<String> themes, List<String> tags,
        @Schema(description = "Citizen stories: the subject consented to publication") Boolean consentToPublish,
        @Schema(description = "Citizen stories: the story is to be read anonymised") Boolean anonymise,
        @Schema(description = "True when this reading replaced the story's identifying details") boolean anonymised,
        @Schema(description = "Citizen stories, programme office only: what identifies someone, and what is shown "
                + "instead") List<LibraryItemRequest.Detail> identifyingDetails,
        long version, Instant createdAt, Instant updatedAt) {

    /** {@code maySeeIdentities}: the caller is the programme office (ADMINISTER). */
    static LibraryItemResponse of(LibraryItem item, boolean maySeeIdentities) {
        boolean named = item.namedFor(maySeeIdentities);
        boolean story = item.libraryKind() == org.totalplace.reporting.domain.library.LibraryKind.CITIZEN_STORY;
        return new LibraryItemResponse(item.id, item.kind, named ? item.title : item.anonymisedTitle,
                named ? item.body : item.anonymisedBody, item.date, item.source, item.url, List.of(item.places),
                List.of(item.themes), List.of(item.tags), story ? item.consentToPublish : null,
                story ? item.anonymise : null, story && !named,
                story && maySeeIdentities ? item.identifyingDetails().stream()
                        .map(d -> new LibraryItemRequest.Detail(d.text(), d.shownAs())).toList() : null,
                item.version, item.createdAt, item.updatedAt);
    }
}
