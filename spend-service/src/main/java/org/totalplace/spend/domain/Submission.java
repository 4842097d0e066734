package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One body's spending in one pilot's place for one financial year, loaded from its ledgers and moderated. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {

    public static final int MAX_BODY_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "pilot_id", nullable = false)
    private UUID pilotId;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "financial_year", nullable = false, length = 7)
    private String financialYear;

    @Column(name = "state", nullable = false)
    private String state;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Submission() {
        // for Hibernate
    }

    /** A new draft submission, not yet persisted. */
    public static Submission open(UUID id, UUID pilotId, String body, FinancialYear financialYear, Instant now) {
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body must not be blank");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new InvalidValueException("body must be at most " + MAX_BODY_LENGTH + " characters");
        }
        Submission submission = new Submission();
        submission.id = Objects.requireNonNull(id, "id");
        submission.pilotId = Objects.requireNonNull(pilotId, "pilotId");
        submission.body = body;
        submission.financialYear = Objects.requireNonNull(financialYear, "financialYear").toString();
        submission.state = SubmissionState.DRAFT.name();
        submission.createdAt = Objects.requireNonNull(now, "now");
        submission.updatedAt = now;
        return submission;
    }

    /** Moves to {@code to} if the transitions allow it; returns the decision either way. */
    public SubmissionTransitions.Decision moveTo(SubmissionState to, Instant now) {
        SubmissionTransitions.Decision decision = SubmissionTransitions.decide(state(), to);
        if (decision.allowed()) {
            state = to.name();
            updatedAt = now;
        }
        return decision;
    }

    /** Marks the submission changed (an import added or withdrawn) so that its version, and ETag, move. */
    public void touch(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String body() {
        return body;
    }

    public FinancialYear financialYear() {
        return FinancialYear.parse(financialYear);
    }

    public SubmissionState state() {
        return SubmissionState.fromWire(state);
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
