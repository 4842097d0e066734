package org.totalplace.governance.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;
import org.totalplace.governance.domain.KnownBody;

/** Applies pilots-service's partner-body events to {@code known_body}, inside the event's transaction. */
@ApplicationScoped
public class KnownBodyChanges {

    private static final Logger LOG = Logger.getLogger(KnownBodyChanges.class);

    private final Clock clock;

    KnownBodyChanges(Clock clock) {
        this.clock = clock;
    }

    void registered(PartnerBodyChanged changed) {
        KnownBody body = KnownBody.findById(changed.bodyId());
        if (body == null) {
            KnownBody.of(changed.bodyId(), changed.code(), changed.name(), changed.type(), changed.region(),
                    changed.version(), clock.instant()).persist();
        } else if (!body.update(changed.code(), changed.name(), changed.type(), changed.region(), changed.version(),
                clock.instant())) {
            LOG.infof("Kept body %s at version %d; the event carries version %d", changed.bodyId(), body.version(),
                    changed.version());
        }
    }

    void succeeded(PartnerBodySucceeded succession) {
        KnownBody body = KnownBody.findById(succession.bodyId());
        if (body == null) {
            // its registration has not reached us: keep what the succession says of it
            body = KnownBody.of(succession.bodyId(), null, succession.formerName(), null, null, 0, clock.instant());
            body.persist();
        }
        if (PartnerBodySucceeded.RENAMED.equals(succession.kind())) {
            body.rename(succession.newName(), succession.effectiveOn(), succession.version(), clock.instant());
        } else {
            PartnerBodySucceeded.Successor successor = succession.successor();
            body.end(succession.kind(), succession.effectiveOn(), successor == null ? null : successor.bodyId(),
                    successor == null ? null : successor.code(), successor == null ? null : successor.name(),
                    succession.version(), clock.instant());
        }
    }
}
