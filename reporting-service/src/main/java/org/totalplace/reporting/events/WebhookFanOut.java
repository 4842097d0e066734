package org.totalplace.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.totalplace.reporting.config.WebhookConfig;
import org.totalplace.reporting.domain.PilotView;
import org.totalplace.reporting.domain.webhook.DeliveriesQueued;
import org.totalplace.reporting.domain.webhook.EventPilot;
import org.totalplace.reporting.domain.webhook.SubscriptionsChanged;
import org.totalplace.reporting.domain.webhook.WebhookSubscription;

/**
 * The outbox side of Government Office webhooks. Each consumer hands every event it receives, whatever its type
 * (not only those the read models or the journal use), through {@link #withDeliveries}: when an active subscription
 * names the type, the event's change gains a step that writes one pending {@code webhook_delivery} per subscription
 * that wants it ({@link org.totalplace.reporting.domain.webhook.SubscriptionMatch}). That step runs inside the
 * pipeline's transaction for the event, together with its {@code processed_event} row, so the deliveries exist
 * exactly when the event counts as processed, and a re-consumed event (a duplicate id) is never delivered twice.
 * No HTTP happens here: the {@link WebhookDispatcher} sends after commit, so a slow or dead receiver never holds up
 * a consumer.
 * <p>
 * Which types are subscribed to is cached, so that an event nobody subscribed to costs no query and keeps its
 * outcome (e.g. {@code ignored} for a type reporting has no other use for). The cache is dropped after every
 * subscription change committed here and reloaded at least every {@code poll-interval}, so a subscription made on
 * another instance applies within that interval. When the cache cannot be loaded, every event takes the step (its
 * query then runs in the event's transaction, retried with it).
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Logger LOG = Logger.getLogger(WebhookFanOut.class);

    private record SubscribedTypes(Set<String> types, long loadedAtNanos) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<DeliveriesQueued> queued;

    @Inject
    DeliveryStore store;

    @Inject
    WebhookConfig config;

    private volatile SubscribedTypes cache;
    /** Bumped by every change, so that a load that began before it is not kept after it. */
    private final AtomicLong generation = new AtomicLong();

    /** The change plus the event's webhook deliveries when some active subscription names its type. */
    public ReadModelChange withDeliveries(ReceivedEvent event, String envelope, ReadModelChange change) {
        Set<String> subscribed = subscribedTypes();
        if (subscribed != null && !subscribed.contains(event.type())) {
            return change;
        }
        return () -> {
            if (change != null) {
                change.apply();
            }
            enqueue(event, envelope);
        };
    }

    void subscriptionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriptionsChanged changed) {
        generation.incrementAndGet();
        cache = null;
    }

    /** The types some active subscription names; null when they cannot be read just now. */
    private Set<String> subscribedTypes() {
        SubscribedTypes current = cache;
        long now = System.nanoTime();
        if (current != null && now - current.loadedAtNanos() < config.pollInterval().toNanos()) {
            return current.types();
        }
        try {
            long before = generation.get();
            Set<String> types = store.subscribedTypes();
            if (generation.get() == before) {
                cache = new SubscribedTypes(types, now);
            }
            return types;
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the subscribed event types (%s); checking this event in its transaction",
                    e.toString());
            return null;
        }
    }

    /** Queues the event for the subscriptions that want it; how many deliveries were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(ReceivedEvent event, String envelope) {
        @SuppressWarnings("unchecked")
        List<WebhookSubscription> candidates = em.createNativeQuery("""
                        select * from webhook_subscription
                        where active and cast(:type as text) = any(event_types)""", WebhookSubscription.class)
                .setParameter("type", event.type())
                .getResultList();
        if (candidates.isEmpty()) {
            return 0;
        }
        PilotView pilot = pilotOf(event);
        UUID pilotId = pilot == null ? null : pilot.pilotId;
        String region = pilot == null ? null : pilot.region;
        Instant now = clock.instant();
        int count = 0;
        for (WebhookSubscription subscription : candidates) {
            if (subscription.match().wants(event.type(), pilotId, region)) {
                count += em.createNativeQuery("""
                                insert into webhook_delivery (id, subscription_id, event_id, event_type, pilot_id,
                                                              payload, status, attempts, next_attempt_at, created_at)
                                values (:id, :subscription, :event, :type, :pilot, :payload, 'pending', 0, :now, :now)
                                on conflict (subscription_id, event_id) do nothing""")
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("subscription", subscription.id)
                        .setParameter("event", event.id())
                        .setParameter("type", event.type())
                        .setParameter("pilot", pilotId)
                        .setParameter("payload", envelope)
                        .setParameter("now", now)
                        .executeUpdate();
            }
        }
        if (count > 0) {
            queued.fire(new DeliveriesQueued(count));
        }
        return count;
    }

    /** The first candidate pilot reporting knows (a pilot registered by this very event included). */
    private static PilotView pilotOf(ReceivedEvent event) {
        JsonNode pilotId = event.data() == null ? null : event.data().get("pilotId");
        String dataPilotId = pilotId != null && pilotId.isTextual() ? pilotId.textValue() : null;
        for (UUID candidate : EventPilot.candidates(dataPilotId, event.subject())) {
            PilotView pilot = PilotView.findById(candidate);
            if (pilot != null) {
                return pilot;
            }
        }
        return null;
    }
}
