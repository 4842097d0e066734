package org.totalplace.pilots.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.totalplace.pilots.config.OutboxConfig;

/**
 * Publishes one batch of the outbox: the oldest unsent events, in order, marking sent the ones the
 * broker acknowledged. One transaction, holding an advisory lock so that one instance publishes at a time.
 */
@ApplicationScoped
class OutboxPublisher {

    /** Longer than the producer's delivery timeout: by then every send has completed one way or the other. */
    private static final long ACK_WAIT_SECONDS = 20;

    private final OutboxConfig config;
    private final Producer<String, String> producer;
    private final EntityManager entityManager;
    private final Clock clock;
    private final long lockKey;

    OutboxPublisher(OutboxConfig config, Producer<String, String> producer, EntityManager entityManager, Clock clock) {
        this.config = config;
        this.producer = producer;
        this.entityManager = entityManager;
        this.clock = clock;
        this.lockKey = UUID.nameUUIDFromBytes(("outbox:" + config.topic()).getBytes(StandardCharsets.UTF_8))
                .getMostSignificantBits();
    }

    /** What one batch achieved. {@code failure} is set when the broker did not acknowledge an event. */
    record Result(int sent, long pending, boolean lockHeldElsewhere, Exception failure) {
    }

    @Transactional(TxType.REQUIRES_NEW)
    Result publishNextBatch() {
        if (!tryLock()) {
            return new Result(0, 0, true, null);
        }
        List<OutboxEvent> batch = OutboxEvent.oldestUnsent(config.batchSize());
        List<Future<RecordMetadata>> acks = send(batch);
        int sent = 0;
        Exception failure = null;
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(ACK_WAIT_SECONDS, TimeUnit.SECONDS);
                batch.get(sent).markSent(clock.instant());
                sent++;
            } catch (ExecutionException e) {
                failure = e.getCause() instanceof Exception cause ? cause : e;
                break;
            } catch (TimeoutException e) {
                failure = e;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = e;
                break;
            }
        }
        return new Result(sent, OutboxEvent.countUnsent(), false, failure);
    }

    /** Hands the events to the producer in order, stopping at the first one it refuses outright. */
    private List<Future<RecordMetadata>> send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            try {
                acks.add(producer.send(toRecord(event)));
            } catch (KafkaException refused) {
                acks.add(CompletableFuture.failedFuture(refused));
                break;
            }
        }
        return acks;
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        var record = new ProducerRecord<>(config.topic(), event.aggregateId(), event.payload());
        record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private boolean tryLock() {
        return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, lockKey)
                .getSingleResult();
    }
}
