package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.totalplace.governance.domain.Interdependency;
import org.totalplace.governance.domain.InterdependencyNature;
import org.totalplace.governance.events.InterdependencyEvent;
import org.totalplace.governance.events.Outbox;

/** Interdependencies with other programmes: reads, and changes that record their event keyed by the id. */
@ApplicationScoped
public class InterdependencyService {

    private final Outbox outbox;
    private final Clock clock;

    InterdependencyService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Interdependency record(String programme, String description, String owner, InterdependencyNature nature) {
        Interdependency interdependency = Interdependency.record(programme, description, owner, nature,
                clock.instant());
        interdependency.persist();
        outbox.record(InterdependencyEvent.RECORDED, interdependency.id(), InterdependencyEvent.of(interdependency));
        return interdependency;
    }

    @Transactional
    public Interdependency revise(String id, ExpectedVersion expected, String programme, String description,
                                  String owner, InterdependencyNature nature) {
        Interdependency interdependency = require(id);
        expected.check(interdependency.version());
        interdependency.revise(programme, description, owner, nature, clock.instant());
        Interdependency.flush();
        outbox.record(InterdependencyEvent.UPDATED, interdependency.id(), InterdependencyEvent.of(interdependency));
        return interdependency;
    }

    public Interdependency require(String id) {
        return Ids.asUuid(id).map(uuid -> Interdependency.<Interdependency>findByIdOptional(uuid))
                .flatMap(found -> found)
                .orElseThrow(() -> new NotFoundException("No interdependency has the id '" + id + "'"));
    }

    public Page<Interdependency> list(PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("createdAt").and("id");
        var query = Interdependency.listed(sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
