package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of a submission's history: the state it entered, from which, when, who moved it and why. */
@Entity
@Immutable
@Table(name = "submission_state_change")
public class SubmissionStateChange extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "submission_id")
    private UUID submissionId;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    private SubmissionState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    private SubmissionState to;

    private String reason;

    @Column(name = "changed_by")
    private String by;

    @Column(name = "changed_at")
    private Instant at;

    protected SubmissionStateChange() {
        // for JPA
    }

    static SubmissionStateChange of(Submission submission, int position, SubmissionState from, SubmissionState to,
                                    String reason, String by, Instant at) {
        if (to == SubmissionState.RETURNED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a returned submission says why");
        }
        SubmissionStateChange change = new SubmissionStateChange();
        change.id = UUID.randomUUID();
        change.submissionId = submission.id();
        change.position = position;
        change.from = from;
        change.to = to;
        change.reason = reason == null || reason.isBlank() ? null : reason.strip();
        change.by = by == null || by.isBlank() ? null : by.strip();
        change.at = at;
        return change;
    }

    /** A submission's history, oldest first. */
    public static List<SubmissionStateChange> historyOf(UUID submissionId) {
        return list("submissionId = ?1 order by position", submissionId);
    }

    public static int entriesOf(UUID submissionId) {
        return (int) count("submissionId", submissionId);
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    /** Null for the first entry, when the submission came into being. */
    public SubmissionState from() {
        return from;
    }

    public SubmissionState to() {
        return to;
    }

    public String reason() {
        return reason;
    }

    /** Who made the change (the {@code From} header of the request), when they said. */
    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }
}
