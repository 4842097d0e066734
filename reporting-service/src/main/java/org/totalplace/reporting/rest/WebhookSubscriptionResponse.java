package org.totalplace.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.webhook.WebhookSubscription;

/** A subscription as read: never its secret. {@code version} is also the ETag. */
@Schema(name = "WebhookSubscription")
public record WebhookSubscriptionResponse(UUID id, String name, String url, String region, List<String> eventTypes,
                                          List<UUID> pilotIds, boolean active, long version, Instant createdAt,
                                          Instant updatedAt) {

    static WebhookSubscriptionResponse of(WebhookSubscription s) {
        return new WebhookSubscriptionResponse(s.id, s.name, s.url, s.region, s.eventTypeList(), s.pilotIdList(),
                s.active, s.version, s.createdAt, s.updatedAt);
    }
}
