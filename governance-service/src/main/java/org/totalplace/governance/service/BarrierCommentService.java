package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.totalplace.governance.domain.BarrierComment;

/** Comments on barriers: added at any status of the barrier, read oldest first. */
@ApplicationScoped
public class BarrierCommentService {

    private final BarrierQueries barriers;
    private final Clock clock;

    BarrierCommentService(BarrierQueries barriers, Clock clock) {
        this.barriers = barriers;
        this.clock = clock;
    }

    /** {@code author}: the commenter as their token names them. */
    @Transactional
    public BarrierComment comment(UUID barrierId, String author, String text) {
        barriers.require(barrierId);
        BarrierComment comment = BarrierComment.of(barrierId, author, text, clock.instant());
        comment.persist();
        return comment;
    }

    public Page<BarrierComment> on(UUID barrierId, int page, int size) {
        barriers.require(barrierId);
        var query = BarrierComment.on(barrierId);
        return new Page<>(query.page(page, size).list(), query.count());
    }
}
