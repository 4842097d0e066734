package org.totalplace.spend.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.PilotScope;
import org.totalplace.spend.domain.Submission;
import org.totalplace.spend.domain.SubmissionState;
import org.totalplace.spend.domain.SubmissionTransitions;
import org.totalplace.spend.events.Outbox;
import org.totalplace.spend.events.SubmissionStateChanged;

/** Submissions: opened as drafts, moved through moderation; each state change publishes its event. */
@ApplicationScoped
public class SubmissionService {

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;

    SubmissionService(Outbox outbox, Clock clock, EntityManager entityManager) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** Opens a draft submission. The pilot is not checked here: spend-service does not know pilots yet. */
    @Transactional
    public Submission open(UUID pilotId, String body, FinancialYear financialYear) {
        Submission submission = Submission.open(UUID.randomUUID(), pilotId, body, financialYear, clock.instant());
        submission.persist();
        entityManager.flush();
        return submission;
    }

    /**
     * Moves a submission to another state if the transitions allow it and the client changes the version it last
     * read. Publishes {@code submission-state-changed.v1}, keyed by the pilot.
     */
    @Transactional
    public Submission moveTo(UUID id, SubmissionState to, long expectedVersion) {
        Submission submission = require(id);
        if (submission.version() != expectedVersion) {
            throw new PreconditionFailedException("The submission is at version " + submission.version()
                    + ", not " + expectedVersion + "; read it again");
        }
        SubmissionState from = submission.state();
        SubmissionTransitions.Decision decision = submission.moveTo(to, clock.instant());
        if (!decision.allowed()) {
            throw new ConflictException("Cannot move the submission to " + to + ": " + decision.reason(),
                    List.of(new Violation("state", decision.reason())));
        }
        entityManager.flush();
        outbox.record(SubmissionStateChanged.TYPE, submission.pilotId(),
                SubmissionStateChanged.of(submission, from, acceptedTotal(id)));
        return submission;
    }

    /** One page of submissions within {@code scope}, newest first, optionally of one pilot, year and/or state. */
    public Page<Submission> list(PilotScope scope, Optional<UUID> pilotId, Optional<FinancialYear> year,
                                 Optional<SubmissionState> state, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        String inScope = ScopeConditions.hql(scope, "pilotId", parameters);
        if (inScope != null) {
            conditions.add(inScope);
        }
        if (pilotId.isPresent()) {
            conditions.add("pilotId = :pilotId");
            parameters = parameters.and("pilotId", pilotId.get());
        }
        if (year.isPresent()) {
            conditions.add("financialYear = :year");
            parameters = parameters.and("year", year.get().toString());
        }
        if (state.isPresent()) {
            conditions.add("state = :state");
            parameters = parameters.and("state", state.get().name());
        }
        Sort newestFirst = Sort.descending("createdAt").and("id");
        var query = conditions.isEmpty() ? Submission.<Submission>findAll(newestFirst)
                : Submission.<Submission>find(String.join(" and ", conditions), newestFirst, parameters);
        return new Page<>(query.page(page, size).list(), query.count());
    }

    public Submission require(UUID id) {
        Submission submission = Submission.findById(id, LockModeType.NONE);
        if (submission == null) {
            throw new NotFoundException("No submission has the id '" + id + "'");
        }
        return submission;
    }

    /** The sum of the lines of the submission's imports that have not been withdrawn. */
    public BigDecimal acceptedTotal(UUID id) {
        Object sum = entityManager.createNativeQuery("select coalesce(sum(accepted_total), 0.00) from ledger_import "
                + "where submission_id = ?1 and withdrawn_at is null").setParameter(1, id).getSingleResult();
        return ((BigDecimal) sum).setScale(2);
    }
}
