package org.totalplace.spend.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.totalplace.spend.config.RecountConfig;

/**
 * Recounts the pilot-years ledger imports marked ({@link CountQueue}) on one background thread: woken right after
 * each commit that marked one, and otherwise every {@code totalplace.recount.poll-interval} as a safety net (marks
 * survive a restart in the table). A recount that fails leaves its mark for the next round.
 */
@Startup
@ApplicationScoped
public class RecountWorker {

    private static final Logger LOG = Logger.getLogger(RecountWorker.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final CountQueue queue;
    private final RecountConfig config;
    private final Semaphore wakeUps = new Semaphore(0);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Counter recounted;
    private final Counter failures;
    private Thread worker;

    RecountWorker(CountQueue queue, RecountConfig config, MeterRegistry registry) {
        this.queue = queue;
        this.config = config;
        this.recounted = Counter.builder("totalplace.recount.done")
                .description("Pilot-years recounted after their ledger lines changed").register(registry);
        this.failures = Counter.builder("totalplace.recount.failures")
                .description("Rounds of recounting that stopped on an error").register(registry);
        Gauge.builder("totalplace.recount.backlog", this::backlogOrNone)
                .description("Pilot-years marked and not yet recounted").register(registry);
    }

    @PostConstruct
    void start() {
        if (!config.worker()) {
            return;
        }
        worker = new Thread(this::run, "recount-worker");
        worker.setDaemon(true);
        worker.start();
    }

    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) CountDue due) {
        wakeUps.release();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping.countDown();
        wakeUps.release();
        if (worker != null) {
            worker.join(STOP_TIMEOUT.toMillis());
        }
    }

    private void run() {
        while (stopping.getCount() > 0) {
            wakeUps.drainPermits();
            try {
                recounted.increment(queue.recountAll());
            } catch (RuntimeException e) {
                failures.increment();
                LOG.warnf(e, "Recounting marked pilot-years failed; the marks stay for the next round");
            }
            try {
                wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The backlog, or none (the gauge shows no value) while the database cannot be asked. */
    private Long backlogOrNone() {
        try {
            return queue.backlog();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
