package org.totalplace.reporting.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.service.WebhookSubscriptions;

/**
 * A Government Office's webhook subscription as created or replaced. Checked by the use case, which names every
 * wrong field: unknown region, a type no producer publishes, a URL that is not http(s).
 *
 * @param pilotIds ids or codes of pilots of the region; empty or absent = every pilot of the region
 */
@Schema(name = "WebhookSubscriptionRequest")
public record WebhookSubscriptionRequest(
        @Schema(example = "GO North East: Total Place desk") String name,
        @Schema(description = "http or https; receives CloudEvents structured-mode POSTs",
                example = "https://go-ne.example.gov.uk/total-place/events") String url,
        @Schema(description = "One of the nine English regions, as pilots-service writes them",
                example = "North East") String region,
        @Schema(description = "Exact CloudEvents types, as the producers publish them",
                example = "[\"totalplace.spend.pilot-totals-changed.v1\", \"totalplace.governance.barrier-raised.v1\"]")
        List<String> eventTypes,
        @Schema(description = "Only these pilots (ids or codes) of the region; absent = all of them",
                example = "[\"sunderland\"]") List<String> pilotIds) {

    WebhookSubscriptions.Draft draft() {
        return new WebhookSubscriptions.Draft(name, url, region, eventTypes, pilotIds);
    }
}
