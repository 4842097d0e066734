package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.totalplace.spend.domain.SpendLine;
import org.totalplace.spend.events.Outbox;
import org.totalplace.spend.events.SpendLineRecorded;

/** Changes to the count: each is one transaction that also records its event in the outbox. */
@ApplicationScoped
public class SpendLineService {

    private final Outbox outbox;
    private final Clock clock;

    SpendLineService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records a spend line. Its event is keyed by the PILOT id: the pilot's count is the aggregate, so one pilot's
     * lines reach consumers in the order they were recorded.
     */
    @Transactional
    public SpendLine record(NewSpendLine line) {
        SpendLine recorded = SpendLine.record(UUID.randomUUID(), line.pilotId(), line.body(), line.financialYear(),
                line.amount(), line.priceBasis(), line.method(), line.description(), clock.instant());
        recorded.persist();
        SpendLine.flush(); // the stored version goes into the ETag; a database refusal surfaces here, not at commit
        outbox.record(SpendLineRecorded.TYPE, recorded.pilotId(), SpendLineRecorded.of(recorded));
        return recorded;
    }
}
