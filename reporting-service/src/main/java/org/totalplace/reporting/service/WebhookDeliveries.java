package org.totalplace.reporting.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.totalplace.reporting.domain.webhook.DeliveriesQueued;
import org.totalplace.reporting.domain.webhook.DeliveryStatus;
import org.totalplace.reporting.domain.webhook.WebhookAttempt;
import org.totalplace.reporting.domain.webhook.WebhookDelivery;
import org.totalplace.reporting.domain.webhook.WebhookSubscription;

/** The delivery log of a subscription, and redelivery by hand. */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    @Inject
    Clock clock;

    @Inject
    Event<DeliveriesQueued> queued;

    /** A delivery with its attempts, oldest attempt first. */
    public record Logged(WebhookDelivery delivery, List<WebhookAttempt> attempts) {
    }

    /** Newest first, each with its attempts. */
    @Transactional
    public Page<Logged> list(UUID subscriptionId, int page, int size) {
        if (WebhookSubscription.findById(subscriptionId) == null) {
            throw new NotFoundException("No webhook subscription " + subscriptionId);
        }
        var query = WebhookDelivery.<WebhookDelivery>find("subscriptionId",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), subscriptionId);
        List<WebhookDelivery> deliveries = query.page(page, size).list();
        Map<UUID, List<WebhookAttempt>> attempts = deliveries.isEmpty() ? Map.of()
                : WebhookAttempt.<WebhookAttempt>list("deliveryId in ?1 order by attempt",
                                deliveries.stream().map(d -> d.id).toList())
                        .stream().collect(Collectors.groupingBy(a -> a.deliveryId));
        return new Page<>(deliveries.stream()
                .map(d -> new Logged(d, attempts.getOrDefault(d.id, List.of()))).toList(), query.count());
    }

    /** The region of delivery {@code deliveryId}'s subscription: the place it is about, for access control. */
    @Transactional
    public Optional<String> regionOf(UUID deliveryId) {
        return WebhookDelivery.<WebhookDelivery>findByIdOptional(deliveryId)
                .flatMap(delivery -> WebhookSubscription.<WebhookSubscription>findByIdOptional(delivery.subscriptionId))
                .map(subscription -> subscription.region);
    }

    /**
     * Sends a delivery again, now: it becomes pending with a fresh round of attempts; the attempts made so far stay
     * in its log. A delivery in flight or waiting for a retry is left as it is (409), as is one of a deactivated
     * subscription.
     */
    @Transactional
    public Logged redeliver(UUID deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw new NotFoundException("No webhook delivery " + deliveryId);
        }
        WebhookSubscription subscription = WebhookSubscription.findById(delivery.subscriptionId);
        if (subscription == null || !subscription.active) {
            throw new ConflictException("Webhook delivery " + deliveryId + " belongs to a deactivated subscription",
                    List.of());
        }
        if (delivery.status == DeliveryStatus.PENDING) {
            throw new ConflictException("Webhook delivery " + deliveryId + " is pending already (next attempt at "
                    + delivery.nextAttemptAt + ")", List.of());
        }
        Instant now = clock.instant();
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.deliveredAt = null;
        queued.fire(new DeliveriesQueued(1));
        LOG.infof("Webhook delivery %s queued again by hand", deliveryId);
        return new Logged(delivery, WebhookAttempt.list("deliveryId = ?1 order by attempt", deliveryId));
    }
}
