package org.totalplace.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.service.WebhookSubscriptions;

/** The created subscription and its signing secret, shown this once and never again. */
@Schema(name = "NewWebhookSubscription")
public record NewWebhookSubscriptionResponse(UUID id, String name, String url, String region, List<String> eventTypes,
                                             List<UUID> pilotIds, boolean active, long version, Instant createdAt,
                                             Instant updatedAt,
                                             @Schema(description = "whsec_ + base64 of 32 random bytes; store it now, "
                                                     + "it is not shown again") String secret) {

    static NewWebhookSubscriptionResponse of(WebhookSubscriptions.WithSecret created) {
        WebhookSubscriptionResponse s = WebhookSubscriptionResponse.of(created.subscription());
        return new NewWebhookSubscriptionResponse(s.id(), s.name(), s.url(), s.region(), s.eventTypes(), s.pilotIds(),
                s.active(), s.version(), s.createdAt(), s.updatedAt(), created.secret());
    }

    @Override
    public String toString() {
        return "NewWebhookSubscriptionResponse[" + id + "]";
    }
}
