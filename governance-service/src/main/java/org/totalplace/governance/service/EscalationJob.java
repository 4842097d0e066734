package org.totalplace.governance.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the overdue check on a schedule ({@code totalplace.escalation.check-every}). */
@ApplicationScoped
public class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class);

    private final BarrierService barriers;

    EscalationJob(BarrierService barriers) {
        this.barriers = barriers;
    }

    @Scheduled(identity = "escalate-overdue-barriers", every = "${totalplace.escalation.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void escalateOverdue() {
        EscalationRun run = barriers.escalateOverdue();
        if (!run.escalated().isEmpty() || !run.overdueAtTop().isEmpty()) {
            LOG.infof("Escalated %d overdue barriers; %d overdue at the ministerial group", run.escalated().size(),
                    run.overdueAtTop().size());
        }
    }
}
