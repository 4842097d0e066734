package org.totalplace.reporting.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.totalplace.reporting.audit.AuditTrail;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.open.Publication;
import org.totalplace.reporting.domain.open.PublicationSubject;
import org.totalplace.reporting.domain.open.PublishedCount;
import org.totalplace.reporting.domain.open.Snapshot;
import org.totalplace.reporting.domain.state.JournalTypes;

/**
 * Open-data publications: a programme decision (one this service has journaled) publishes a pilot's count or a
 * report, snapshotted at that moment; the open view shows only what is published and not withdrawn.
 */
@ApplicationScoped
public class Publications {

    private static final Logger LOG = Logger.getLogger(Publications.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProgrammeStateSource states;

    @Inject
    AuditTrail audit;

    /** What a publication is asked to be: its subject, the decision that publishes it and the date it does. */
    public record Draft(PublicationSubject subject, UUID decisionId, LocalDate publishedOn) {
    }

    /** Checks the fields (400) and that the decision is one this service has seen (422), before any snapshot. */
    @Transactional
    public void check(Draft draft) {
        List<Violation> malformed = new java.util.ArrayList<>();
        if (draft.subject() == null) {
            malformed.add(new Violation("subject", "is required: {\"kind\":\"PILOT_COUNT\",\"pilot\":...,"
                    + "\"financialYear\":...} or {\"kind\":\"REPORT\",\"report\":...}"));
        } else {
            draft.subject().malformed().forEach(r -> malformed.add(new Violation(r.field(), r.message())));
        }
        if (draft.decisionId() == null) {
            malformed.add(new Violation("decisionId", "is required: the governance decision that publishes it"));
        }
        if (draft.publishedOn() == null) {
            malformed.add(new Violation("publishedOn", "is required: the date of publication, e.g. 2010-03-01"));
        }
        if (!malformed.isEmpty()) {
            throw new InvalidRequestException(detail(malformed), malformed);
        }
        if (!decisionKnown(draft.decisionId())) {
            String message = "is not a governance decision this service has received (no "
                    + JournalTypes.DECISION_RECORDED + " event for it)";
            throw new RuleViolationException("decisionId " + draft.decisionId() + " " + message,
                    List.of(new Violation("decisionId", message)));
        }
    }

    /** The pilot's count as it stands now, or 422 naming the field that leads nowhere. */
    public PublishedCount count(PublicationSubject subject) {
        FinancialYear year = FinancialYear.parse(subject.financialYear());
        return PublishedCount.of(states.asOf(clock.instant()), subject.pilot(), year).orElseThrow(() -> {
            String message = "has no count of financial year " + year + " here (unknown pilot, or not counted yet)";
            return new RuleViolationException("subject.pilot " + subject.pilot() + " " + message,
                    List.of(new Violation("subject.pilot", message)));
        });
    }

    @Transactional
    public Publication publish(Draft draft, UUID id, Snapshot snapshot) {
        check(draft);
        Publication publication = new Publication();
        publication.id = id;
        PublicationSubject subject = draft.subject();
        publication.subjectKind = subject.kind();
        publication.pilot = subject.pilot();
        publication.financialYear = subject.financialYear();
        publication.report = subject.report();
        publication.decisionId = draft.decisionId();
        publication.publishedOn = draft.publishedOn();
        publication.title = snapshot.title();
        publication.content = snapshot.content();
        publication.csv = snapshot.csv();
        publication.dataPackage = snapshot.dataPackage();
        publication.publishedAt = clock.instant();
        publication.publishedBy = audit.actor();
        publication.version = 1;
        publication.persist();
        LOG.infof("Publication %s: %s, by decision %s", id, subject.title(), draft.decisionId());
        return publication;
    }

    @Transactional
    public Publication require(UUID id) {
        Publication publication = Publication.findById(id);
        if (publication == null) {
            throw new NotFoundException("No publication " + id);
        }
        return publication;
    }

    /** Newest first, withdrawn ones included. */
    @Transactional
    public Page<Publication> list(int page, int size) {
        var query = Publication.<Publication>findAll(Sort.descending("publishedAt").and("id"));
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /** Takes it out of the open view; its URLs answer 410 from now on. Withdrawing twice is harmless. */
    @Transactional
    public Publication withdraw(UUID id) {
        Publication publication = Publication.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (publication == null) {
            throw new NotFoundException("No publication " + id);
        }
        if (!publication.withdrawn()) {
            publication.withdrawnAt = clock.instant();
            publication.withdrawnBy = audit.actor();
            publication.version++;
            LOG.infof("Publication %s withdrawn", id);
        }
        return publication;
    }

    /** The open view: published and not withdrawn, newest publication date first. */
    @Transactional
    public List<Publication> open() {
        return Publication.<Publication>find("withdrawnAt is null",
                Sort.descending("publishedOn").and("publishedAt", Sort.Direction.Descending).and("id")).list();
    }

    /** One publication of the open view: 404 if there never was one, 410 once withdrawn. */
    @Transactional
    public Publication openOne(UUID id) {
        Publication publication = Publication.findById(id);
        if (publication == null) {
            throw new NotFoundException("No publication " + id);
        }
        if (publication.withdrawn()) {
            throw new GoneException("Publication " + id + " was withdrawn on " + publication.withdrawnAt
                    + "; it is no longer published");
        }
        return publication;
    }

    private boolean decisionKnown(UUID decisionId) {
        return !em.createNativeQuery("select 1 from journal_event where type = :type "
                        + "and data ->> 'decisionId' = :id limit 1")
                .setParameter("type", JournalTypes.DECISION_RECORDED)
                .setParameter("id", decisionId.toString())
                .getResultList().isEmpty();
    }

    private static String detail(List<Violation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + " " + v.message()).toList());
    }
}
