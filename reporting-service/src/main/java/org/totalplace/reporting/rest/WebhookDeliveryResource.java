package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.service.WebhookDeliveries;

/** Redelivering a webhook delivery by hand. */
@Path("/webhook-deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Government Office webhook subscriptions, their secrets and delivery log")
public class WebhookDeliveryResource {

    @Inject
    WebhookDeliveries deliveries;

    @POST
    @Path("/{id}/redeliveries")
    @Guarded(value = Permission.SUBSCRIBE, record = "id")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again, now",
            description = "A failed (or delivered) delivery becomes pending at once, with a fresh round of "
                    + "attempts; its earlier attempts stay in the log. No body.")
    @APIResponse(responseCode = "202", description = "Queued; it goes out within moments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookDeliveryResponse.class),
                    examples = @ExampleObject(name = "queued again", value = """
                            {"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",\
                            "subscriptionId":"5b0c5d1e-2f3a-4b4c-9d5e-6f708192a3b4",\
                            "eventId":"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",\
                            "eventType":"totalplace.spend.pilot-totals-changed.v1",\
                            "pilotId":"0b6f3c0e-8f0a-4a47-9d38-3f0f3a1c2d01","status":"pending","attempts":0,\
                            "nextAttemptAt":"2009-10-01T08:00:00Z","lastStatusCode":503,\
                            "lastError":"receiver answered 503","createdAt":"2009-09-30T12:00:00Z",\
                            "attemptLog":[{"attempt":1,"startedAt":"2009-09-30T12:00:00.1Z","durationMs":31,\
                            "statusCode":503,"error":"receiver answered 503"}]}""")))
    @APIResponse(responseCode = "404", description = "No such delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It is pending already, or its subscription is deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliver(@Parameter(description = "Delivery id") @PathParam("id") UUID id) {
        return Response.accepted(WebhookDeliveryResponse.of(deliveries.redeliver(id))).build();
    }
}
