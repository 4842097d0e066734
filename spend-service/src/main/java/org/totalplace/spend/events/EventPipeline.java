package org.totalplace.spend.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.totalplace.spend.config.ConsumerRetryConfig;

/**
 * What every consumer does with a record: parse and validate the envelope, decode the data of known types,
 * then apply the change at most once per event id in its own transaction, counting what happened.
 * <ul>
 *   <li>poison (see {@link PoisonEventException}) is thrown at once: the record is nacked, goes to the
 *       dead-letter topic with the reason and the partition moves on;</li>
 *   <li>other failures (database unavailable, ...) are retried in a fresh transaction with a doubling pause,
 *       and only after {@link ConsumerRetryConfig#maxAttempts()} thrown on.</li>
 * </ul>
 */
@ApplicationScoped
public class EventPipeline {

    public static final String APPLIED = "totalplace.events.applied";
    public static final String DUPLICATES = "totalplace.events.duplicates";
    public static final String IGNORED = "totalplace.events.ignored";
    public static final String REJECTED = "totalplace.events.rejected";

    private static final Logger LOG = Logger.getLogger(EventPipeline.class);

    private final ProcessedEvents processedEvents;
    private final MeterRegistry registry;
    private final ConsumerRetryConfig retry;
    private final Counter rejected;

    @Inject
    public EventPipeline(ProcessedEvents processedEvents, MeterRegistry registry, ConsumerRetryConfig retry) {
        this.processedEvents = processedEvents;
        this.registry = registry;
        this.retry = retry;
        this.rejected = Counter.builder(REJECTED)
                .description("Records refused as poison and sent to the dead-letter topic")
                .register(registry);
    }

    /**
     * @param decoder the change a known type asks for, or null for a type the consumer does not know; throws
     *                {@link PoisonEventException} when the data breaks the contract
     */
    public Outcome process(ConsumerRecord<String, String> record, Function<ReceivedEvent, ReadModelChange> decoder) {
        ReceivedEvent event;
        ReadModelChange change;
        try {
            event = ReceivedEvent.parse(record.value());
            change = decoder.apply(event);
        } catch (PoisonEventException e) {
            reject(record, e);
            throw e;
        }
        Outcome outcome = applyWithRetries(record, event, change);
        switch (outcome) {
            case APPLIED -> count(APPLIED, "Events applied to the read models", event);
            case DUPLICATE -> {
                count(DUPLICATES, "Events skipped because their id was processed before", event);
                LOG.debugf("Skipped duplicate event %s (%s)", event.id(), event.type());
            }
            case IGNORED -> {
                count(IGNORED, "Well-formed events of a type this service does not use", event);
                LOG.infof("Ignored event %s of unknown type %s from %s (recorded as processed)",
                        event.id(), event.type(), event.source());
            }
        }
        return outcome;
    }

    private Outcome applyWithRetries(ConsumerRecord<String, String> record, ReceivedEvent event, ReadModelChange change) {
        Duration pause = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                return processedEvents.applyOnce(event, change);
            } catch (PoisonEventException e) {
                reject(record, e);
                throw e;
            } catch (RuntimeException e) {
                if (attempt >= retry.maxAttempts()) {
                    LOG.errorf(e, "Giving up on event %s (%s) from %s after %d attempts", event.id(), event.type(),
                            where(record), attempt);
                    rejected.increment();
                    throw new IllegalStateException("event " + event.id() + " could not be applied after "
                            + attempt + " attempts: " + e.getMessage(), e);
                }
                LOG.warnf("Attempt %d to apply event %s (%s) failed, retrying in %s: %s", attempt, event.id(),
                        event.type(), pause, e.getMessage());
                pause(pause);
                pause = min(pause.multipliedBy(2), retry.maxBackoff());
            }
        }
    }

    private void reject(ConsumerRecord<String, String> record, PoisonEventException e) {
        rejected.increment();
        LOG.warnf("Rejected poison record %s (key %s): %s", where(record), record.key(), e.getMessage());
    }

    private void count(String name, String description, ReceivedEvent event) {
        Counter.builder(name).description(description).tag("type", event.type()).register(registry).increment();
    }

    private static String where(ConsumerRecord<String, String> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
