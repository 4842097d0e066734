package org.totalplace.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.webhook.DeliveryStatus;
import org.totalplace.reporting.domain.webhook.WebhookAttempt;
import org.totalplace.reporting.service.WebhookDeliveries;

/**
 * One event's delivery to one subscription, with every attempt.
 *
 * @param attempts      attempts in the current round (a redelivery starts a new round)
 * @param nextAttemptAt when pending: when it is (or was) due
 */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryResponse(UUID id, UUID subscriptionId, UUID eventId, String eventType, UUID pilotId,
                                      @Schema(enumeration = {"pending", "delivered", "failed"}) String status,
                                      int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
                                      Instant createdAt, Instant deliveredAt, List<Attempt> attemptLog) {

    /** One try: when, how long, the receiver's status code or the error. */
    @Schema(name = "WebhookAttempt")
    public record Attempt(int attempt, Instant startedAt, long durationMs, Integer statusCode, String error) {

        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.attempt, a.startedAt, a.durationMs, a.statusCode, a.error);
        }
    }

    static WebhookDeliveryResponse of(WebhookDeliveries.Logged logged) {
        var d = logged.delivery();
        return new WebhookDeliveryResponse(d.id, d.subscriptionId, d.eventId, d.eventType, d.pilotId,
                d.status.wire(), d.attempts, d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null,
                d.lastStatusCode, d.lastError, d.createdAt, d.deliveredAt,
                logged.attempts().stream().map(Attempt::of).toList());
    }
}
