package org.totalplace.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.totalplace.reporting.domain.PilotView;
import org.totalplace.reporting.domain.webhook.DeliveriesQueued;
import org.totalplace.reporting.domain.webhook.EventPilot;
import org.totalplace.reporting.domain.webhook.WebhookSubscription;

/**
 * The outbox side of Government Office webhooks: for every event a consumer processes (every type of the three
 * topics, not only those the read models or the journal use), one pending {@code webhook_delivery} per active
 * subscription that wants it ({@link org.totalplace.reporting.domain.webhook.SubscriptionMatch}), written in the
 * consumer's own transaction. No HTTP happens here: the {@link WebhookDispatcher} sends after commit, so a slow or
 * dead receiver never holds up a consumer. A re-consumed event finds its rows there already (unique per
 * subscription and event) and is not delivered twice.
 */
@ApplicationScoped
public class WebhookFanOut {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<DeliveriesQueued> queued;

    /** Queues the event for the subscriptions that want it; how many deliveries were queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(ReceivedEvent event) {
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
                        .setParameter("payload", event.envelope())
                        .setParameter("now", now)
                        .executeUpdate();
            }
        }
        if (count > 0) {
            queued.fire(new DeliveriesQueued(count));
        }
        return count;
    }

    /** The first candidate pilot reporting knows (a pilot registered in this same transaction included). */
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
