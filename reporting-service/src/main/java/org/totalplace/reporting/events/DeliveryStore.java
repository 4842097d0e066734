package org.totalplace.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.webhook.DeliveryStatus;
import org.totalplace.reporting.domain.webhook.RetryPolicy;
import org.totalplace.reporting.domain.webhook.WebhookAttempt;
import org.totalplace.reporting.domain.webhook.WebhookDelivery;
import org.totalplace.reporting.domain.webhook.WebhookSecret;
import org.totalplace.reporting.service.WebhookSecretBox;

/**
 * The dispatcher's transactions on the delivery log: claiming due deliveries (with {@code FOR UPDATE SKIP LOCKED},
 * so several instances never claim the same row) and recording each attempt's outcome.
 */
@ApplicationScoped
public class DeliveryStore {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookSecretBox box;

    /** A claimed delivery, with everything needed to send it outside any transaction. Keys are never logged. */
    public record Claimed(UUID deliveryId, UUID subscriptionId, String url, String payload, List<byte[]> keys) {

        @Override
        public String toString() {
            return "Claimed[" + deliveryId + " for " + subscriptionId + "]";
        }
    }

    /**
     * Claims up to {@code limit} due deliveries of active subscriptions, at most {@code perSubscription} minus those
     * already in flight per subscription; subscriptions already at their limit are not even looked at, so the due
     * rows of a dead receiver cannot crowd out everybody else's. A claimed row's {@code next_attempt_at} moves to
     * {@code now + lease}: if this instance dies mid-attempt, the row is due again once the lease runs out.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claimed> claim(int limit, Map<UUID, Integer> inFlight, int perSubscription, Duration lease) {
        Instant now = clock.instant();
        String busy = inFlight.entrySet().stream().filter(e -> e.getValue() >= perSubscription)
                .map(e -> e.getKey().toString()).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.subscription_id from webhook_delivery d
                        join webhook_subscription s on s.id = d.subscription_id
                        where d.status = 'pending' and d.next_attempt_at <= :now and s.active
                          and cast(d.subscription_id as text) <> all(string_to_array(cast(:busy as text), ','))
                        order by d.next_attempt_at, d.id
                        limit :scan
                        for update of d skip locked""")
                .setParameter("now", now)
                .setParameter("busy", busy)
                .setParameter("scan", Math.max(limit * perSubscription, limit))
                .getResultList();
        Map<UUID, Integer> taken = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (Object[] row : rows) {
            if (ids.size() >= limit) {
                break;
            }
            UUID id = (UUID) row[0];
            UUID subscription = (UUID) row[1];
            int already = inFlight.getOrDefault(subscription, 0) + taken.getOrDefault(subscription, 0);
            if (already < perSubscription) {
                taken.merge(subscription, 1, Integer::sum);
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        em.createQuery("update WebhookDelivery d set d.nextAttemptAt = :lease where d.id in :ids")
                .setParameter("lease", now.plus(lease))
                .setParameter("ids", ids)
                .executeUpdate();
        List<Claimed> claimed = new ArrayList<>(ids.size());
        Map<UUID, List<byte[]>> keys = new HashMap<>();
        Map<UUID, String> urls = new HashMap<>();
        for (UUID id : ids) {
            WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
            UUID subscription = delivery.subscriptionId;
            String url = urls.computeIfAbsent(subscription, s -> (String) em
                    .createNativeQuery("select url from webhook_subscription where id = :id")
                    .setParameter("id", s).getSingleResult());
            List<byte[]> signing = keys.computeIfAbsent(subscription, s -> WebhookSecret.signingAt(s, now).stream()
                    .map(box::open).toList());
            claimed.add(new Claimed(id, subscription, url, delivery.payload, signing));
        }
        return claimed;
    }

    /** What one attempt came to: a status code, or an error (refused, timed out, ...) and no code. */
    public record AttemptResult(Instant startedAt, long durationMs, Integer statusCode, String error) {

        public boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    /** Logs the attempt and moves the delivery on: delivered, pending again after a backoff, or failed. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public DeliveryStatus record(UUID deliveryId, AttemptResult result, RetryPolicy policy) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.id = UUID.randomUUID();
        attempt.deliveryId = deliveryId;
        attempt.attempt = ((Number) em.createNativeQuery(
                        "select count(*) from webhook_attempt where delivery_id = :id")
                .setParameter("id", deliveryId).getSingleResult()).intValue() + 1;
        attempt.startedAt = result.startedAt();
        attempt.durationMs = result.durationMs();
        attempt.statusCode = result.statusCode();
        attempt.error = result.error();
        em.persist(attempt);

        Instant now = clock.instant();
        delivery.attempts++;
        delivery.lastStatusCode = result.statusCode();
        delivery.lastError = result.error();
        if (result.delivered()) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = now;
            return delivery.status;
        }
        if (delivery.status != DeliveryStatus.PENDING) {
            // failed meanwhile (the subscription was deactivated): the attempt is logged, nothing more to do
            return delivery.status;
        }
        RetryPolicy.Next next = policy.afterFailure(delivery.attempts, now, ThreadLocalRandom.current()::nextDouble);
        if (next instanceof RetryPolicy.RetryAt retry) {
            delivery.nextAttemptAt = retry.at();
        } else {
            delivery.status = DeliveryStatus.FAILED;
            delivery.nextAttemptAt = now;
        }
        return delivery.status;
    }

    /** When the next pending delivery of an active subscription falls due; null when none is pending. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Instant nextDue() {
        Object next = em.createNativeQuery("""
                        select min(d.next_attempt_at) from webhook_delivery d
                        join webhook_subscription s on s.id = d.subscription_id
                        where d.status = 'pending' and s.active""")
                .getSingleResult();
        if (next == null) {
            return null;
        }
        if (next instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (next instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) next;
    }

    /** Every type some active subscription names. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> subscribedTypes() {
        @SuppressWarnings("unchecked")
        List<String> types = em.createNativeQuery(
                        "select distinct unnest(event_types) from webhook_subscription where active")
                .getResultList();
        return Set.copyOf(types);
    }

    /** Deliveries waiting to be sent (or in flight). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long pending() {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where status = 'pending'")
                .getSingleResult()).longValue();
    }
}
