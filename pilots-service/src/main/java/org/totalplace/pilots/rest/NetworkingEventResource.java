package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.NetworkingEvent;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.Place;
import org.totalplace.pilots.domain.PlaceKind;
import org.totalplace.pilots.domain.TaggedPlace;
import org.totalplace.pilots.service.NetworkingEventQueries;
import org.totalplace.pilots.service.NetworkingEventService;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;
import org.totalplace.pilots.service.PlaceQueries;

/**
 * Senior leaders' networking events over HTTP. Anyone with a programme role reads them. Who may record one depends
 * on its host, which is in the body, so the writes are guarded at role level ({@code READ_PROGRAMME}) and then ask
 * {@link Access} themselves: an event hosted by a pilot needs {@code EDIT_REGISTER} on that pilot (its staff, or the
 * programme office); one hosted by a parallel place needs {@code ADMINISTER}. A replacement needs both the old and
 * the new host's.
 */
@Path("/networking-events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Networking events", description = "Senior leaders' networking events hosted by pilots and parallel places")
public class NetworkingEventResource {

    private final NetworkingEventService events;
    private final NetworkingEventQueries queries;
    private final PlaceQueries places;
    private final Access access;

    NetworkingEventResource(NetworkingEventService events, NetworkingEventQueries queries, PlaceQueries places,
                            Access access) {
        this.events = events;
        this.queries = queries;
        this.places = places;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listNetworkingEvents",
            summary = "Networking events by day, a page at a time, optionally of one host and between two days")
    @APIResponse(responseCode = "200", description = "One page of networking events",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No pilot or parallel place has the code in host",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(@Valid @BeanParam PageParams paging,
                         @Parameter(description = "Only events hosted by this pilot or parallel place (code)", example = "croydon")
                         @QueryParam("host") @Size(max = 60) String host,
                         @Valid @BeanParam DayRangeParams days,
                         @Context UriInfo uri) {
        Page<NetworkingEventResponse> page = queries.list(Optional.ofNullable(host).filter(code -> !code.isBlank()),
                days.from(), days.to(),
                new PageRequest(paging.page(), paging.size(), "heldOn", false)).map(NetworkingEventResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNetworkingEvent", summary = "Read one networking event")
    @APIResponse(responseCode = "200", description = "The networking event",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NetworkingEventResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such networking event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Networking event id (UUID)") @PathParam("id") String id,
                        @Context Request request) {
        NetworkingEvent event = queries.require(id);
        EntityTag etag = ETags.of(event.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(NetworkingEventResponse.of(event)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "recordNetworkingEvent",
            summary = "Record a networking event: by the host pilot's staff, or the programme office")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The new networking event", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = NetworkingEventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The host is no pilot or parallel place; errors[] names host",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response record(@NotNull @Valid NetworkingEventRequest body, @Context UriInfo uri) {
        requireMayRecordAt(places.find(body.host()));
        NetworkingEvent event = events.record(body.host(), body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(event.id().toString()).build())
                .tag(ETags.of(event.version()))
                .entity(NetworkingEventResponse.of(event))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceNetworkingEvent",
            summary = "Replace a networking event; needs If-Match with the ETag of the last read")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = NetworkingEventResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such networking event",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The host is no pilot or parallel place; errors[] names host",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response replace(@Parameter(description = "Networking event id (UUID)") @PathParam("id") String id,
                            @Parameter(description = "The ETag of your last read", example = "\"0\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid NetworkingEventRequest body) {
        queries.find(id).ifPresent(stored -> requireMayRecordAt(Optional.of(stored.host())));
        requireMayRecordAt(places.find(body.host()));
        NetworkingEvent event = events.revise(id, ETags.ifMatch(ifMatch), body.host(), body.details());
        return Response.ok(NetworkingEventResponse.of(event)).tag(ETags.of(event.version())).build();
    }

    /**
     * A pilot's event: {@code EDIT_REGISTER} on that pilot; a parallel place's: {@code ADMINISTER}. An unknown host
     * needs a role that may record some events (the service then answers 422 naming host).
     */
    private void requireMayRecordAt(Optional<TaggedPlace> host) {
        if (host.isEmpty()) {
            access.require(Permission.EDIT_REGISTER, Optional.empty());
        } else if (host.get().kind() == PlaceKind.PILOT) {
            access.require(Permission.EDIT_REGISTER, Place.pilot(host.get().code(), host.get().region().displayName()));
        } else {
            access.require(Permission.ADMINISTER, Optional.empty());
        }
    }
}
