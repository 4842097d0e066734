package org.totalplace.spend.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.spend.domain.Adjustment;
import org.totalplace.spend.domain.CountInputsChanged;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.SpendType;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.events.AdjustmentChanged;
import org.totalplace.spend.events.Outbox;

/**
 * Moderators' adjustments: recorded as separate lines and withdrawn, never edited or deleted. Each change is one
 * transaction that writes its event to the outbox and fires {@link CountInputsChanged} so the pilot's year is
 * recounted in the same transaction.
 */
@ApplicationScoped
public class AdjustmentService {

    /** Filters of the list; empty means any. */
    public record Filter(Optional<FinancialYear> financialYear, Optional<String> body, Optional<String> functionL1,
                         Optional<String> functionL2, Optional<SpendType> spendType,
                         Optional<Boolean> withdrawn) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager entityManager;
    private final Event<CountInputsChanged> countInputsChanged;

    AdjustmentService(Outbox outbox, Clock clock, EntityManager entityManager,
                      Event<CountInputsChanged> countInputsChanged) {
        this.outbox = outbox;
        this.clock = clock;
        this.entityManager = entityManager;
        this.countInputsChanged = countInputsChanged;
    }

    @Transactional
    public Adjustment record(NewAdjustment request) {
        requirePilot(request.pilotId());
        if (!"GBP".equals(request.amount().currencyCode())) {
            throw new RuleViolationException("The count is in GBP; an adjustment in "
                    + request.amount().currencyCode() + " cannot be added to it",
                    List.of(new Violation("amount.currency", "must be GBP, the currency of the count")));
        }
        if (request.amount().isZero()) {
            throw new RuleViolationException("An adjustment of 0.00 changes nothing",
                    List.of(new Violation("amount.amount", "must not be zero")));
        }
        Adjustment adjustment = Adjustment.record(UUID.randomUUID(), request.pilotId(), request.financialYear(),
                request.body(), request.functionL2(), request.spendType(), request.amount(), request.reason(),
                request.author(), clock.instant());
        adjustment.persist();
        entityManager.flush();
        outbox.record(AdjustmentChanged.RECORDED, adjustment.pilotId(), AdjustmentChanged.of(adjustment));
        countInputsChanged.fire(new CountInputsChanged(adjustment.pilotId(), adjustment.financialYear(),
                "adjustment " + adjustment.id() + " recorded"));
        return adjustment;
    }

    /** Withdraws it if the client read its current version; 409 when it was already withdrawn. */
    @Transactional
    public Adjustment withdraw(UUID pilotId, UUID id, long expectedVersion, String reason, String author) {
        Adjustment adjustment = require(pilotId, id, LockModeType.PESSIMISTIC_WRITE);
        if (adjustment.version() != expectedVersion) {
            throw new PreconditionFailedException("The adjustment is at version " + adjustment.version() + ", not "
                    + expectedVersion + "; read it again");
        }
        if (!adjustment.withdraw(reason, author, clock.instant())) {
            throw new ConflictException("The adjustment was already withdrawn at " + adjustment.withdrawnAt()
                    + " by " + adjustment.withdrawnBy(),
                    List.of(new Violation("id", "already withdrawn")));
        }
        entityManager.flush();
        outbox.record(AdjustmentChanged.WITHDRAWN, adjustment.pilotId(), AdjustmentChanged.of(adjustment));
        countInputsChanged.fire(new CountInputsChanged(adjustment.pilotId(), adjustment.financialYear(),
                "adjustment " + adjustment.id() + " withdrawn"));
        return adjustment;
    }

    public Adjustment require(UUID pilotId, UUID id) {
        return require(pilotId, id, LockModeType.NONE);
    }

    private Adjustment require(UUID pilotId, UUID id, LockModeType lock) {
        Adjustment adjustment = Adjustment.findById(id, lock);
        if (adjustment == null || !adjustment.pilotId().equals(pilotId)) {
            throw new NotFoundException("Pilot " + pilotId + " has no adjustment with the id '" + id + "'");
        }
        return adjustment;
    }

    /** One page of the pilot's adjustments, oldest first. */
    public Page<Adjustment> list(UUID pilotId, Filter filter, int page, int size) {
        requirePilot(pilotId);
        List<String> conditions = new ArrayList<>(List.of("pilotId = :pilotId"));
        Parameters parameters = Parameters.with("pilotId", pilotId);
        if (filter.financialYear().isPresent()) {
            conditions.add("financialYear = :year");
            parameters = parameters.and("year", filter.financialYear().get().toString());
        }
        if (filter.body().isPresent()) {
            conditions.add("lower(body) = lower(:body)");
            parameters = parameters.and("body", filter.body().get().strip());
        }
        if (filter.functionL1().isPresent()) {
            conditions.add("functionL1 = :l1");
            parameters = parameters.and("l1", filter.functionL1().get());
        }
        if (filter.functionL2().isPresent()) {
            conditions.add("functionL2 = :l2");
            parameters = parameters.and("l2", filter.functionL2().get());
        }
        if (filter.spendType().isPresent()) {
            conditions.add("spendType = :spendType");
            parameters = parameters.and("spendType", filter.spendType().get().wire());
        }
        if (filter.withdrawn().isPresent()) {
            conditions.add(filter.withdrawn().get() ? "withdrawnAt is not null" : "withdrawnAt is null");
        }
        var query = Adjustment.<Adjustment>find(String.join(" and ", conditions),
                Sort.ascending("createdAt").and("id"), parameters);
        return new Page<>(query.page(page, size).list(), query.count());
    }

    static void requirePilot(UUID pilotId) {
        if (KnownPilot.findById(pilotId) == null) {
            throw new NotFoundException("No pilot " + pilotId + " (pilots are known from pilots-service's events)");
        }
    }
}
