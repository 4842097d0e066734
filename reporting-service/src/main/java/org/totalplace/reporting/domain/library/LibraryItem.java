package org.totalplace.reporting.domain.library;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An item of the knowledge library. {@link #version} is the ETag. The anonymised title and body are derived from
 * the text and the identifying details at every change ({@link #apply}); the search vector is the database's.
 */
@Entity
@Table(name = "library_item")
public class LibraryItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "anonymised_title", nullable = false)
    public String anonymisedTitle;

    @Column(name = "anonymised_body", nullable = false)
    public String anonymisedBody;

    @Column(name = "item_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public String source;

    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] places;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] themes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] tags;

    @Column(name = "consent_to_publish", nullable = false)
    public boolean consentToPublish;

    @Column(nullable = false)
    public boolean anonymise;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "identifying_texts", nullable = false, columnDefinition = "text[]")
    public String[] identifyingTexts;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "identifying_shown_as", nullable = false, columnDefinition = "text[]")
    public String[] identifyingShownAs;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Takes a checked draft's content; the anonymised text follows from it. */
    public void apply(LibraryDraft draft) {
        kind = draft.kind();
        title = draft.title().strip();
        body = draft.body().strip();
        date = draft.date();
        source = draft.source().strip();
        url = draft.url() == null || draft.url().isBlank() ? null : draft.url().strip();
        places = draft.places().stream().distinct().toArray(String[]::new);
        themes = draft.themes().stream().distinct().toArray(String[]::new);
        tags = draft.tags().stream().map(String::strip).distinct().toArray(String[]::new);
        consentToPublish = draft.consented();
        anonymise = draft.anonymised();
        identifyingTexts = draft.identifyingDetails().stream().map(IdentifyingDetail::text).toArray(String[]::new);
        identifyingShownAs = draft.identifyingDetails().stream().map(IdentifyingDetail::shownAs)
                .toArray(String[]::new);
        anonymisedTitle = Anonymiser.anonymise(title, identifyingDetails());
        anonymisedBody = Anonymiser.anonymise(body, identifyingDetails());
    }

    public LibraryKind libraryKind() {
        return LibraryKind.valueOf(kind);
    }

    public List<IdentifyingDetail> identifyingDetails() {
        List<IdentifyingDetail> details = new ArrayList<>();
        for (int i = 0; i < identifyingTexts.length; i++) {
            details.add(new IdentifyingDetail(identifyingTexts[i], identifyingShownAs[i]));
        }
        return details;
    }

    /**
     * Whether a reading shows the text as written: only a story whose subject consented and that is not to be
     * anonymised, and only to a reader who may see identities (the programme office). Other kinds have nothing to
     * hide.
     */
    public boolean namedFor(boolean readerMaySeeIdentities) {
        if (libraryKind() != LibraryKind.CITIZEN_STORY) {
            return true;
        }
        return consentToPublish && !anonymise && readerMaySeeIdentities;
    }

    /** May appear in what is published (the fortnightly update, open data): a story only with consent. */
    public boolean publishable() {
        return libraryKind() != LibraryKind.CITIZEN_STORY || consentToPublish;
    }
}
