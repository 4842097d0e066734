package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.Place;
import org.totalplace.reporting.domain.webhook.EnglishRegion;
import org.totalplace.reporting.domain.webhook.WebhookSubscription;
import org.totalplace.reporting.service.Page;
import org.totalplace.reporting.service.WebhookDeliveries;
import org.totalplace.reporting.service.WebhookSubscriptions;

/**
 * Government Offices' webhook subscriptions: events about their region's pilots, POSTed to them as CloudEvents and
 * signed after the Standard Webhooks scheme. The secret is in the create and rotate answers only.
 */
@Path("/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Government Office webhook subscriptions, their secrets and delivery log")
public class WebhookSubscriptionResource {

    static final String SUBSCRIPTION_EXAMPLE = """
            {"id":"5b0c5d1e-2f3a-4b4c-9d5e-6f708192a3b4","name":"GO North East: Total Place desk",\
            "url":"https://go-ne.example.gov.uk/total-place/events","region":"North East",\
            "eventTypes":["totalplace.spend.pilot-totals-changed.v1","totalplace.governance.barrier-raised.v1"],\
            "pilotIds":[],"active":true,"version":1,"createdAt":"2009-09-01T09:00:00Z",\
            "updatedAt":"2009-09-01T09:00:00Z"}""";
    static final String REQUEST_EXAMPLE = """
            {"name":"GO North East: Total Place desk","url":"https://go-ne.example.gov.uk/total-place/events",\
            "region":"North East","eventTypes":["totalplace.spend.pilot-totals-changed.v1",\
            "totalplace.governance.barrier-raised.v1"]}""";
    static final String BAD_REQUEST_EXAMPLE = """
            {"type":"urn:totalplace:problem:validation","title":"The request is not valid","status":400,\
            "detail":"url must be an http or https URL; region must be one of North East, ...",\
            "instance":"/webhook-subscriptions","errors":[{"field":"url","message":"must be an http or https URL"},\
            {"field":"region","message":"must be one of North East, North West, Yorkshire and The Humber, \
            East Midlands, West Midlands, East of England, London, South East, South West"}]}""";

    @Inject
    WebhookSubscriptions subscriptions;

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    Access access;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Guarded(Permission.SUBSCRIBE)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe a Government Office to events",
            description = "Events of the listed types about pilots of the region (optionally only the listed "
                    + "pilots) are POSTed to url from now on. The answer carries the signing secret: it is shown "
                    + "this once only.")
    @APIResponse(responseCode = "201", description = "Subscribed; the secret is in the body, this once",
            headers = {@Header(name = "Location", description = "The new subscription",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Its version, for If-Match",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NewWebhookSubscriptionResponse.class),
                    examples = @ExampleObject(name = "created", value = """
                            {"id":"5b0c5d1e-2f3a-4b4c-9d5e-6f708192a3b4","name":"GO North East: Total Place desk",\
                            "url":"https://go-ne.example.gov.uk/total-place/events","region":"North East",\
                            "eventTypes":["totalplace.spend.pilot-totals-changed.v1"],"pilotIds":[],"active":true,\
                            "version":1,"createdAt":"2009-09-01T09:00:00Z","updatedAt":"2009-09-01T09:00:00Z",\
                            "secret":"whsec_c2VjcmV0LWtleS1vZi10aGlydHktdHdvLWJ5dGVzISE="}""")))
    @APIResponse(responseCode = "400", description = "A field is wrong: unknown region or event type, URL not "
            + "http(s), a pilot of another region, malformed JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad url and region", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid
                           @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @Content(
                                   mediaType = MediaType.APPLICATION_JSON,
                                   examples = @ExampleObject(name = "GO North East", value = REQUEST_EXAMPLE)))
                           WebhookSubscriptionRequest body, @Context UriInfo uri) {
        access.require(Permission.SUBSCRIBE, Place.region(body.region()));
        WebhookSubscriptions.WithSecret created = subscriptions.create(body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.subscription().id.toString()).build())
                .tag(ETags.of(created.subscription().version))
                .entity(NewWebhookSubscriptionResponse.of(created))
                .build();
    }

    @GET
    @Guarded(Permission.SUBSCRIBE)
    @Operation(operationId = "listWebhookSubscriptions",
            summary = "List webhook subscriptions, newest first, a page at a time, optionally of one region",
            description = "Only the regions the caller keeps subscriptions for: a Government Office its own.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions (never their secrets)",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one page", value = "{\"items\":[" + SUBSCRIPTION_EXAMPLE
                            + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", description = "page, size or region is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@Valid @BeanParam PageParams paging,
                         @Parameter(description = "Only this region's subscriptions", example = "North East")
                         @QueryParam("region") String region,
                         @Context UriInfo uri) {
        if (region != null && !EnglishRegion.isRegion(region)) {
            throw new BadParameterException("region", "must be one of " + String.join(", ", EnglishRegion.NAMES));
        }
        Page<WebhookSubscription> page = subscriptions.list(region, access.scope(Permission.SUBSCRIBE), paging.page(),
                paging.size());
        return Response.ok(new PageResponse<>(page.items().stream().map(WebhookSubscriptionResponse::of).toList(),
                        paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Guarded(value = Permission.SUBSCRIBE, record = "id")
    @Operation(operationId = "getWebhookSubscription", summary = "Read one webhook subscription (never its secret)")
    @APIResponse(responseCode = "200", description = "The subscription",
            headers = @Header(name = "ETag", description = "Its version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSubscriptionResponse.class),
                    examples = @ExampleObject(name = "subscription", value = SUBSCRIPTION_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(description = "Subscription id") @PathParam("id") UUID id,
                        @Context Request request) {
        WebhookSubscription subscription = subscriptions.require(id);
        EntityTag etag = ETags.of(subscription.version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(WebhookSubscriptionResponse.of(subscription)).tag(etag).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Guarded(value = Permission.SUBSCRIBE, record = "id")
    @Operation(operationId = "replaceWebhookSubscription",
            summary = "Replace a subscription's name, url, region, types and pilots; needs If-Match")
    @APIResponse(responseCode = "200", description = "Replaced (the secret is unchanged)",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSubscriptionResponse.class),
                    examples = @ExampleObject(name = "replaced", value = SUBSCRIPTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad url and region", value = BAD_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the ETag in If-Match: read again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@Parameter(description = "Subscription id") @PathParam("id") UUID id,
                            @Parameter(description = "The ETag of your last read", example = "\"1\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid WebhookSubscriptionRequest body) {
        // the filter checked the region the subscription is in; this is the one it is to be in
        access.require(Permission.SUBSCRIBE, Place.region(body.region()));
        WebhookSubscription subscription = subscriptions.replace(id, ETags.ifMatch(ifMatch), body.draft());
        return Response.ok(WebhookSubscriptionResponse.of(subscription)).tag(ETags.of(subscription.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @Guarded(value = Permission.SUBSCRIBE, record = "id")
    @Operation(operationId = "deactivateWebhookSubscription",
            summary = "Deactivate a subscription: nothing more is delivered; its delivery log stays",
            description = "Pending deliveries are marked failed (last error: subscription deactivated). Deactivating "
                    + "twice is harmless.")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WebhookSubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deactivate(@Parameter(description = "Subscription id") @PathParam("id") UUID id) {
        WebhookSubscription subscription = subscriptions.deactivate(id);
        return Response.ok(WebhookSubscriptionResponse.of(subscription)).tag(ETags.of(subscription.version)).build();
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Guarded(value = Permission.SUBSCRIBE, record = "id")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate a subscription's signing secret",
            description = "A new secret signs from now on and is shown in the answer, this once. The previous one "
                    + "keeps signing alongside it (two signatures in webhook-signature) for the grace period: the "
                    + "service's default (24 h unless configured) or ?gracePeriod=; PT0S retires every older secret "
                    + "at once, e.g. after a leak. No body.")
    @APIResponse(responseCode = "201", description = "Rotated; the new secret is in the body, this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SecretRotationResponse.class),
                    examples = @ExampleObject(name = "rotated", value = """
                            {"subscriptionId":"5b0c5d1e-2f3a-4b4c-9d5e-6f708192a3b4",\
                            "secret":"whsec_bmV3LXNlY3JldC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcw==",\
                            "previousSecretRetiresAt":"2009-09-02T09:00:00Z","version":2}""")))
    @APIResponse(responseCode = "400", description = "gracePeriod is not an ISO-8601 duration within bounds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription is deactivated",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@Parameter(description = "Subscription id") @PathParam("id") UUID id,
                           @Parameter(description = "How long the previous secrets keep signing (ISO-8601); the "
                                   + "service's default when absent, PT0S to stop them at once", example = "PT24H")
                           @QueryParam("gracePeriod") String gracePeriod) {
        WebhookSubscriptions.Rotation rotation = subscriptions.rotateSecret(id, grace(gracePeriod));
        return Response.status(Response.Status.CREATED).entity(SecretRotationResponse.of(rotation)).build();
    }

    private static Duration grace(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadParameterException("gracePeriod", "must be an ISO-8601 duration such as PT24H or PT0S");
        }
    }

    @GET
    @Path("/{id}/deliveries")
    @Guarded(value = Permission.SUBSCRIBE, record = "id")
    @Operation(operationId = "listWebhookDeliveries",
            summary = "A subscription's delivery log, newest first, each delivery with its attempts")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one page", value = """
                            {"items":[{"id":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",\
                            "subscriptionId":"5b0c5d1e-2f3a-4b4c-9d5e-6f708192a3b4",\
                            "eventId":"0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",\
                            "eventType":"totalplace.spend.pilot-totals-changed.v1",\
                            "pilotId":"0b6f3c0e-8f0a-4a47-9d38-3f0f3a1c2d01","status":"delivered","attempts":2,\
                            "lastStatusCode":204,"createdAt":"2009-09-30T12:00:00Z",\
                            "deliveredAt":"2009-09-30T12:00:05.2Z","attemptLog":[\
                            {"attempt":1,"startedAt":"2009-09-30T12:00:00.1Z","durationMs":31,"statusCode":503,\
                            "error":"receiver answered 503"},\
                            {"attempt":2,"startedAt":"2009-09-30T12:00:05.1Z","durationMs":12,"statusCode":204}]}],\
                            "page":0,"size":50,"total":1}""")))
    @APIResponse(responseCode = "400", description = "page or size is not valid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client accepts no JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "A bug; logged with a correlation id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response deliveries(@Parameter(description = "Subscription id") @PathParam("id") UUID id,
                               @Valid @BeanParam PageParams paging, @Context UriInfo uri) {
        Page<WebhookDeliveries.Logged> page = deliveries.list(id, paging.page(), paging.size());
        return Response.ok(new PageResponse<>(page.items().stream().map(WebhookDeliveryResponse::of).toList(),
                        paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }
}
