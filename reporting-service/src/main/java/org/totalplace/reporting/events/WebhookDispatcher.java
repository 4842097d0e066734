package org.totalplace.reporting.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.totalplace.reporting.config.WebhookConfig;
import org.totalplace.reporting.domain.webhook.DeliveriesQueued;
import org.totalplace.reporting.domain.webhook.DeliveryStatus;
import org.totalplace.reporting.domain.webhook.RetryPolicy;

/**
 * Sends queued webhook deliveries. One coordinator thread claims due deliveries and hands each to a bounded pool
 * of senders ({@code max-in-flight}); a subscription never has more than {@code max-in-flight-per-subscription}
 * deliveries in flight, so a receiver that hangs until the request timeout holds at most that many senders and
 * the others keep flowing. The coordinator is woken right after each commit that queued deliveries, whenever a
 * sender finishes, and when the next retry falls due; the {@code poll-interval} is only a safety net.
 * Consumers never wait for any of this: they only write rows ({@link WebhookFanOut}).
 */
@Startup
@ApplicationScoped
public class WebhookDispatcher {

    public static final String DELIVERED = "totalplace.webhooks.delivered";
    public static final String FAILED = "totalplace.webhooks.failed";
    public static final String ATTEMPTS_FAILED = "totalplace.webhooks.attempts.failed";
    public static final String PENDING = "totalplace.webhooks.pending";
    public static final String IN_FLIGHT = "totalplace.webhooks.in-flight";

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final WebhookConfig config;
    private final DeliveryStore store;
    private final WebhookSender sender;
    private final Clock clock;
    private final RetryPolicy policy;
    private final Semaphore wakeUps = new Semaphore(0);
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Map<UUID, Integer> inFlight = new ConcurrentHashMap<>();
    private final AtomicInteger inFlightTotal = new AtomicInteger();
    private final AtomicLong pending = new AtomicLong();
    private final Counter delivered;
    private final Counter failed;
    private final Counter attemptsFailed;
    private ExecutorService senders;
    private Thread coordinator;

    WebhookDispatcher(WebhookConfig config, DeliveryStore store, WebhookSender sender, Clock clock,
                      MeterRegistry registry) {
        this.config = config;
        this.store = store;
        this.sender = sender;
        this.clock = clock;
        this.policy = new RetryPolicy(config.initialBackoff(), config.maxBackoff(), config.maxAttempts(),
                config.jitter());
        this.delivered = Counter.builder(DELIVERED).description("Webhook deliveries a receiver accepted (2xx)")
                .register(registry);
        this.failed = Counter.builder(FAILED)
                .description("Webhook deliveries given up after their last attempt").register(registry);
        this.attemptsFailed = Counter.builder(ATTEMPTS_FAILED)
                .description("Webhook attempts that got no 2xx (error, timeout or another status)").register(registry);
        registry.gauge(PENDING, pending);
        registry.gauge(IN_FLIGHT, inFlightTotal);
    }

    @PostConstruct
    void start() {
        if (!config.dispatcherEnabled()) {
            LOG.info("Webhook dispatcher disabled in this instance (totalplace.webhooks.dispatcher-enabled=false)");
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        senders = new ThreadPoolExecutor(config.maxInFlight(), config.maxInFlight(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "webhook-sender-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        coordinator = new Thread(this::run, "webhook-dispatcher");
        coordinator.setDaemon(true);
        coordinator.start();
    }

    /** Called after every commit that queued deliveries. */
    void wakeUp(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        wakeUps.release();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping.countDown();
        wakeUps.release();
        if (coordinator != null) {
            coordinator.join(STOP_TIMEOUT.toMillis());
            senders.shutdownNow();
            senders.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void run() {
        LOG.infof("Webhook dispatcher started: %d senders, %d per subscription", config.maxInFlight(),
                config.maxInFlightPerSubscription());
        while (stopping.getCount() > 0) {
            try {
                wakeUps.drainPermits();
                dispatchDue();
                pending.set(store.pending());
                waitForWork(untilNextDue());
            } catch (RuntimeException e) {
                // The database is away, most likely; the deliveries are safe in it, so look again later.
                LOG.warnf("Webhook dispatcher could not read the delivery log (%s); retrying in %s", e.toString(),
                        config.pollInterval());
                waitForWork(config.pollInterval());
            }
        }
        LOG.info("Webhook dispatcher stopped");
    }

    /** Claims and hands out due deliveries until none is due or every sender is busy. */
    private void dispatchDue() {
        while (stopping.getCount() > 0) {
            int free = config.maxInFlight() - inFlightTotal.get();
            if (free <= 0) {
                return;
            }
            List<DeliveryStore.Claimed> claimed = store.claim(free, Map.copyOf(inFlight),
                    config.maxInFlightPerSubscription(), lease());
            if (claimed.isEmpty()) {
                return;
            }
            for (DeliveryStore.Claimed delivery : claimed) {
                inFlight.merge(delivery.subscriptionId(), 1, Integer::sum);
                inFlightTotal.incrementAndGet();
                senders.execute(() -> deliver(delivery));
            }
        }
    }

    private void deliver(DeliveryStore.Claimed delivery) {
        try {
            DeliveryStore.AttemptResult result = sender.send(delivery);
            DeliveryStatus status = store.record(delivery.deliveryId(), result, policy);
            if (!result.delivered()) {
                attemptsFailed.increment();
                LOG.debugf("Webhook delivery %s to subscription %s: attempt failed (%s), now %s",
                        delivery.deliveryId(), delivery.subscriptionId(), result.error(), status.wire());
            }
            switch (status) {
                case DELIVERED -> delivered.increment();
                case FAILED -> {
                    failed.increment();
                    LOG.warnf("Webhook delivery %s to subscription %s failed for good: %s", delivery.deliveryId(),
                            delivery.subscriptionId(), result.error());
                }
                case PENDING -> { }
            }
        } catch (RuntimeException e) {
            // Could not record the outcome: the row's lease runs out and it is tried again.
            LOG.warnf("Webhook delivery %s: could not record the attempt (%s)", delivery.deliveryId(), e.toString());
        } finally {
            inFlight.computeIfPresent(delivery.subscriptionId(), (id, count) -> count <= 1 ? null : count - 1);
            inFlightTotal.decrementAndGet();
            wakeUps.release();
        }
    }

    /** Long enough for the slowest attempt to finish and be recorded before anybody may claim the row again. */
    private Duration lease() {
        return config.connectTimeout().plus(config.requestTimeout()).plusSeconds(30);
    }

    private Duration untilNextDue() {
        Instant next = store.nextDue();
        if (next == null) {
            return config.pollInterval();
        }
        Duration until = Duration.between(clock.instant(), next);
        if (until.isNegative()) {
            // due now, but its subscription is at its limit (or every sender is busy): a finishing sender wakes us
            return config.pollInterval();
        }
        return until.compareTo(config.pollInterval()) < 0 ? until.plusMillis(1) : config.pollInterval();
    }

    private void waitForWork(Duration timeout) {
        try {
            wakeUps.tryAcquire(Math.max(timeout.toMillis(), 1), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.countDown();
        }
    }
}
