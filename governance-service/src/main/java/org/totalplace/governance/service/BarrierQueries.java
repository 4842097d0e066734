package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.BarrierCategory;
import org.totalplace.governance.domain.BarrierStatus;
import org.totalplace.governance.domain.BarrierStep;
import org.totalplace.governance.domain.EscalationPolicy;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.domain.PilotScope;

/** Reads of the barrier register. */
@ApplicationScoped
public class BarrierQueries {

    private final EscalationPolicy policy;
    private final Clock clock;

    BarrierQueries(EscalationPolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    public Barrier require(UUID id) {
        return Barrier.<Barrier>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No barrier has the id '" + id + "'"));
    }

    public List<BarrierStep> history(UUID id) {
        return BarrierStep.of(id);
    }

    /** Open and past its tier's target response time, now. */
    public boolean overdue(Barrier barrier) {
        return policy.overdue(barrier.status(), barrier.tier(), barrier.tierReachedAt(), clock.instant());
    }

    /** One page of the barriers of the pilots in {@code scope}, filtered; ties in the sort field are ordered by id. */
    public Page<Barrier> list(Optional<UUID> pilotId, Optional<EscalationTier> tier, Optional<BarrierStatus> status,
                              Optional<BarrierCategory> category, PilotScope scope, PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        var query = Barrier.listed(pilotId, tier, status, category, scope, sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
