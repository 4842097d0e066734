package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.KnownPilot;
import org.totalplace.governance.domain.RolloutElement;
import org.totalplace.governance.domain.RolloutElementDetails;
import org.totalplace.governance.domain.RolloutElementKind;
import org.totalplace.governance.domain.RolloutElementRules;
import org.totalplace.governance.domain.RolloutElementStatus;
import org.totalplace.governance.domain.RolloutElementTransitions;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.Outbox;
import org.totalplace.governance.events.RolloutElementEvent;

/** The roll-out elements put to ministers: reads, and changes that record their event keyed by the element id. */
@ApplicationScoped
public class RolloutElementService {

    private final Outbox outbox;
    private final Clock clock;

    RolloutElementService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public RolloutElementView record(RolloutElementDetails details) {
        checkBarriers(details.barrierIds());
        RolloutElement element = RolloutElement.record(details, clock.instant());
        element.persist();
        RolloutElement.flush();
        outbox.record(RolloutElementEvent.RECORDED, element.id(), RolloutElementEvent.recorded(element));
        return view(element);
    }

    @Transactional
    public RolloutElementView revise(String id, ExpectedVersion expected, RolloutElementDetails details) {
        RolloutElement element = requireElement(id);
        expected.check(element.version());
        checkBarriers(details.barrierIds());
        element.revise(details, clock.instant());
        RolloutElement.flush();
        outbox.record(RolloutElementEvent.CHANGED, element.id(),
                RolloutElementEvent.changed(element, RolloutElementEvent.REVISED));
        return view(element);
    }

    @Transactional
    public RolloutElementView linkBarriers(String id, ExpectedVersion expected, List<UUID> barrierIds) {
        RolloutElement element = requireElement(id);
        expected.check(element.version());
        checkBarriers(barrierIds);
        element.linkBarriers(barrierIds, clock.instant());
        RolloutElement.flush();
        outbox.record(RolloutElementEvent.CHANGED, element.id(),
                RolloutElementEvent.changed(element, RolloutElementEvent.BARRIERS_LINKED));
        return view(element);
    }

    /** Moves the hypothesis on (409 naming {@code status} when the move is not allowed from where it is). */
    @Transactional
    public RolloutElementView move(String id, ExpectedVersion expected, RolloutElementStatus to, String reason) {
        RolloutElement element = requireElement(id);
        expected.check(element.version());
        Refusals.conflictIfRejected(RolloutElementTransitions.check(element.status(), to));
        element.move(to, reason, clock.instant());
        RolloutElement.flush();
        outbox.record(RolloutElementEvent.CHANGED, element.id(),
                RolloutElementEvent.changed(element, RolloutElementEvent.STATUS_CHANGED));
        return view(element);
    }

    public RolloutElementView require(String id) {
        return view(requireElement(id));
    }

    public Page<RolloutElementView> list(Optional<RolloutElementKind> kind, Optional<RolloutElementStatus> status,
                                         PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("createdAt").and("id");
        var query = RolloutElement.listed(kind, status, sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count()).map(this::view);
    }

    private RolloutElement requireElement(String id) {
        return Ids.asUuid(id).map(uuid -> RolloutElement.<RolloutElement>findByIdOptional(uuid))
                .flatMap(found -> found)
                .orElseThrow(() -> new NotFoundException("No roll-out element has the id '" + id + "'"));
    }

    private void checkBarriers(List<UUID> barrierIds) {
        List<RuleDecision> rejections = RolloutElementRules.checkBarriers(barrierIds,
                barrierId -> Barrier.findById(barrierId) != null);
        if (!rejections.isEmpty()) {
            throw new RuleViolationException("Every linked barrier must be a barrier of this register, listed once",
                    rejections.stream().map(r -> new Violation(r.field(), r.reason())).toList());
        }
    }

    private RolloutElementView view(RolloutElement element) {
        List<UUID> ids = element.barrierIds();
        if (ids.isEmpty()) {
            return new RolloutElementView(element, List.of());
        }
        Map<UUID, Barrier> barriers = Barrier.<Barrier>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Barrier::id, Function.identity()));
        Map<UUID, Optional<KnownPilot>> pilots = new HashMap<>();
        List<LinkedBarrier> linked = ids.stream().map(barriers::get).map(barrier -> {
            Optional<KnownPilot> pilot = pilots.computeIfAbsent(barrier.pilotId(),
                    id -> KnownPilot.<KnownPilot>findByIdOptional(id));
            return new LinkedBarrier(barrier.id(), barrier.title(), barrier.pilotId(),
                    pilot.map(KnownPilot::code).orElse(null), pilot.map(KnownPilot::region).orElse(null),
                    barrier.status(), barrier.tier());
        }).toList();
        return new RolloutElementView(element, linked);
    }
}
