package org.totalplace.reporting.domain.open;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something a programme decision published as open data, snapshotted when published: its content never changes
 * (the database refuses it); withdrawing it is the only change, and takes it out of the open view.
 */
@Entity
@Table(name = "publication")
public class Publication extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subject_kind", nullable = false)
    public String subjectKind;

    public String pilot;

    @Column(name = "financial_year")
    public String financialYear;

    public String report;

    @Column(name = "decision_id", nullable = false)
    public UUID decisionId;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String content;

    @Column(nullable = false)
    public String csv;

    @Column(name = "datapackage")
    public String dataPackage;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(nullable = false)
    public long version;

    public PublicationSubject subject() {
        return new PublicationSubject(subjectKind, pilot, financialYear, report);
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
