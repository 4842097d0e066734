package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.governance.domain.CurrentBody;
import org.totalplace.governance.domain.KnownBody;
import org.totalplace.governance.domain.SuccessorChain;

/**
 * The public bodies pilots-service announced ({@code known_body}), and how a body governance names as text looks
 * on a record's day and today. Text is matched to a body by its code or any name it ever bore, ignoring case.
 */
@ApplicationScoped
public class KnownBodies {

    private final Clock clock;

    KnownBodies(Clock clock) {
        this.clock = clock;
    }

    /** By id (UUID) or code, ignoring the code's case. */
    public KnownBody require(String idOrCode) {
        return Ids.asUuid(idOrCode).map(id -> KnownBody.<KnownBody>findByIdOptional(id)).flatMap(found -> found)
                .or(() -> idOrCode == null || idOrCode.isBlank() ? Optional.empty() : KnownBody.byCode(idOrCode))
                .orElseThrow(() -> new NotFoundException("No known body has the id or code '" + idOrCode + "'"));
    }

    /** The body named by {@code text} as it was on {@code day}, and what it is today. */
    public BodyViews views(String text, LocalDate day) {
        if (text == null || text.isBlank()) {
            return BodyViews.UNMATCHED;
        }
        return KnownBody.matching(text).map(body -> new BodyViews(asOf(body, day), current(body)))
                .orElse(BodyViews.UNMATCHED);
    }

    /** As {@link #views(String, LocalDate)}, on the day of {@code at}. */
    public BodyViews views(String text, Instant at) {
        return views(text, LocalDate.ofInstant(at, clock.getZone()));
    }

    public BodyAsOf asOf(KnownBody body, LocalDate day) {
        return new BodyAsOf(body.bodyId(), body.code(), body.nameOn(day), body.type());
    }

    /** The successors followed to today. */
    public CurrentBody current(KnownBody body) {
        LocalDate today = LocalDate.now(clock);
        return SuccessorChain.follow(body.link(today),
                id -> KnownBody.<KnownBody>findByIdOptional(id).map(next -> next.link(today)), today);
    }
}
