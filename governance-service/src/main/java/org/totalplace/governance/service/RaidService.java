package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.totalplace.governance.domain.RaidDetails;
import org.totalplace.governance.domain.RaidItem;
import org.totalplace.governance.domain.RaidRules;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.Outbox;
import org.totalplace.governance.events.RiskEvent;

/** Changes to the RAID log: each is one transaction that also records its event, keyed by the risk id. */
@ApplicationScoped
public class RaidService {

    private final Outbox outbox;
    private final Clock clock;
    private final RaidQueries queries;

    RaidService(Outbox outbox, Clock clock, RaidQueries queries) {
        this.outbox = outbox;
        this.clock = clock;
        this.queries = queries;
    }

    @Transactional
    public RaidItem record(RaidDetails details) {
        refuseIfRejected(RaidRules.checkProbability(details.kind(), details.probability()));
        RaidItem item = RaidItem.record(details, clock.instant());
        item.persist();
        outbox.record(RiskEvent.RECORDED, item.id(), RiskEvent.of(item));
        return item;
    }

    @Transactional
    public RaidItem revise(String id, ExpectedVersion expected, RaidDetails details) {
        RaidItem item = queries.require(id);
        expected.check(item.version());
        refuseIfClosed(item);
        refuseIfRejected(RaidRules.checkProbability(details.kind(), details.probability()));
        item.revise(details, clock.instant());
        RaidItem.flush();
        outbox.record(RiskEvent.UPDATED, item.id(), RiskEvent.of(item));
        return item;
    }

    @Transactional
    public RaidItem close(String id, String reason) {
        RaidItem item = queries.require(id);
        refuseIfClosed(item);
        Instant now = clock.instant();
        item.close(reason.strip(), now);
        RaidItem.flush();
        outbox.record(RiskEvent.CLOSED, item.id(), RiskEvent.of(item));
        return item;
    }

    private static void refuseIfClosed(RaidItem item) {
        RuleDecision decision = RaidRules.checkChange(item.status());
        if (decision.rejected()) {
            throw new ConflictException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
        }
    }

    private static void refuseIfRejected(RuleDecision decision) {
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
    }
}
