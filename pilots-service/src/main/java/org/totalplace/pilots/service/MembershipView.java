package org.totalplace.pilots.service;

import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.domain.PastSuccession;

/**
 * A membership period with its body as it was on {@code day}: the day a list is as of (today by default), or, in a
 * history, the day the period began. So a past view keeps the body's name of its day and no successor, and a current
 * view shows today's name and the body a merged or abolished member was succeeded by.
 */
public record MembershipView(PartnerMembership membership, BodyLineage body, LocalDate day) {

    public String bodyName() {
        return body.nameOn(day);
    }

    /** The merger or abolition that had ended the body by the view's day. */
    public Optional<PastSuccession> bodyEnd() {
        return body.endBy(day);
    }
}
