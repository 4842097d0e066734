package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.ListIndexBase;
import org.hibernate.type.SqlTypes;

/**
 * A paper for a governance group in the Improvement Board format (seed 001). Its paragraphs are numbered by
 * their place in the list, from 1. Callers ask {@link PaperRules} first.
 */
@Entity
@Table(name = "paper")
public class Paper extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "group_id")
    private UUID groupId;

    private String title;

    /** The date of the meeting the paper is written for ("Improvement Board, 19 January 2010"). */
    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    /** "Item 3": where it stands on that meeting's agenda, when the paper says. */
    @Column(name = "item_number")
    private Integer itemNumber;

    private String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> recommendations = new ArrayList<>();

    private String action;

    @Embedded
    private ContactOfficer contactOfficer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "paper_paragraph", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "number")
    @ListIndexBase(1)
    private List<PaperParagraph> paragraphs = new ArrayList<>();

    @Column(name = "financial_implications")
    private String financialImplications;

    @Column(name = "implications_for_wales")
    private String implicationsForWales;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Paper() {
        // for JPA
    }

    public static Paper write(UUID groupId, PaperContent content, Instant now) {
        Paper paper = new Paper();
        paper.id = UUID.randomUUID();
        paper.groupId = groupId;
        paper.createdAt = now;
        paper.take(content, now);
        return paper;
    }

    /** Replaces everything the paper says; it stays the same group's paper. */
    public void revise(PaperContent content, Instant now) {
        take(content, now);
    }

    private void take(PaperContent content, Instant now) {
        title = content.title();
        meetingDate = content.meetingDate();
        itemNumber = content.itemNumber();
        summary = content.summary();
        recommendations = new ArrayList<>(content.recommendations());
        action = content.action();
        contactOfficer = content.contactOfficer();
        paragraphs.clear();
        paragraphs.addAll(content.paragraphs());
        financialImplications = content.financialImplications();
        implicationsForWales = content.implicationsForWales();
        updatedAt = now;
    }

    public static PanacheQuery<Paper> ofGroup(UUID groupId, Sort sort) {
        return find("groupId", sort, groupId);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public String title() {
        return title;
    }

    public LocalDate meetingDate() {
        return meetingDate;
    }

    public Integer itemNumber() {
        return itemNumber;
    }

    public String summary() {
        return summary;
    }

    public List<String> recommendations() {
        return List.copyOf(recommendations);
    }

    public String action() {
        return action;
    }

    public ContactOfficer contactOfficer() {
        return contactOfficer;
    }

    /** In order: the paragraph at index i is paragraph number i + 1. */
    public List<PaperParagraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    public String financialImplications() {
        return financialImplications;
    }

    public String implicationsForWales() {
        return implicationsForWales;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
