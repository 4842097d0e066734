package org.totalplace.governance.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
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
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.totalplace.governance.config.OutboxConfig;

/**
 * Publishes the outbox to Kafka on one background thread. It is woken right after each commit that
 * recorded an event, and otherwise looks every {@code poll-interval} as a safety net. When the broker
 * does not acknowledge, it retries after 200 ms, doubling up to 5 s; nothing is lost meanwhile, the
 * events wait in the table.
 */
@Startup
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final OutboxConfig config;
    private final OutboxPublisher publisher;
    private final Semaphore wakeUps = new Semaphore(0);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    private final AtomicLong pending = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private Thread worker;

    OutboxRelay(OutboxConfig config, OutboxPublisher publisher, MeterRegistry registry) {
        this.config = config;
        this.publisher = publisher;
        Tags topic = Tags.of("topic", config.topic());
        this.published = Counter.builder("totalplace.outbox.published").tags(topic)
                .description("Events the broker acknowledged").register(registry);
        this.failures = Counter.builder("totalplace.outbox.failures").tags(topic)
                .description("Batches that stopped because an event was not acknowledged").register(registry);
        registry.gauge("totalplace.outbox.pending", topic, pending);
    }

    @PostConstruct
    void start() {
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Called after every commit that recorded an event. */
    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxRecorded recorded) {
        wakeUps.release();
    }

    /** Lets the batch in flight finish (at most the producer's delivery timeout), then stops. */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping.countDown();
        wakeUps.release();
        worker.join(STOP_TIMEOUT.toMillis());
    }

    private void run() {
        LOG.infof("Outbox relay publishing to %s", config.topic());
        while (!isStopping()) {
            try {
                publishAll();
                waitForWork(config.pollInterval());
            } catch (RuntimeException e) {
                // The database is away, most likely; the events are safe in it, so retry later.
                failures.increment();
                Duration delay = backoff.next();
                LOG.warnf("Outbox relay failed (%s); retrying in %d ms", e.toString(), delay.toMillis());
                pause(delay);
            }
        }
        LOG.info("Outbox relay stopped");
    }

    /** Publishes batch after batch until the outbox is drained, a batch fails, or shutdown begins. */
    private void publishAll() {
        wakeUps.drainPermits();
        while (!isStopping()) {
            OutboxPublisher.Result result = publisher.publishNextBatch();
            published.increment(result.sent());
            if (result.lockHeldElsewhere()) {
                return;
            }
            pending.set(result.pending());
            if (result.failure() != null) {
                failures.increment();
                Duration delay = backoff.next();
                LOG.warnf("Broker did not acknowledge an event (%s); %d pending, retrying in %d ms",
                        result.failure().toString(), result.pending(), delay.toMillis());
                pause(delay);
            } else {
                backoff.reset();
                if (result.pending() == 0) {
                    return;
                }
            }
        }
    }

    private void waitForWork(Duration timeout) {
        try {
            wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }

    /** Waits out a back-off delay; not cut short by commits (the broker needs the rest), only by shutdown. */
    private void pause(Duration delay) {
        try {
            stopping.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }

    private boolean isStopping() {
        return stopping.getCount() == 0;
    }
}
