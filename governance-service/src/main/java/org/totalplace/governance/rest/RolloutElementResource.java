package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.domain.RolloutElementKind;
import org.totalplace.governance.domain.RolloutElementStatus;
import org.totalplace.governance.service.ExpectedVersion;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;
import org.totalplace.governance.service.RolloutElementService;
import org.totalplace.governance.service.RolloutElementView;

/** The roll-out of Total Place as put to ministers (seed 001): one record per element, over HTTP. */
@Path("/rollout-elements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roll-out elements", description = "For each element of the roll-out: hypothesis, outcomes sought, barriers, ways of overcoming them")
public class RolloutElementResource {

    static final String SORTABLE = "-?(createdAt|kind|status)";
    static final String KINDS = "COLLABORATIVE_SERVICE_REDESIGN|LOCAL_LEADERSHIP|POLICY_CO_DESIGN|"
            + "INNOVATION_AND_ROLL_OUT|FORA_WITH_AUTHORITY";
    static final String STATUSES = "PROPOSED|TESTING|EVIDENCED|NOT_SUPPORTED";
    private static final String MOVE_REFUSED = "The hypothesis cannot move there from its status (problem names status)";

    private final RolloutElementService elements;
    private final Access access;

    RolloutElementResource(RolloutElementService elements, Access access) {
        this.elements = elements;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listRolloutElements", summary = "List roll-out elements, a page at a time, optionally filtered")
    @APIResponse(responseCode = "200", description = "One page of roll-out elements",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RolloutElementPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "createdAt, kind or status; prefix - for descending", example = "kind")
            @QueryParam("sort") @DefaultValue("createdAt")
            @Pattern(regexp = SORTABLE, message = "must be createdAt, kind or status, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only elements of this kind", example = "FORA_WITH_AUTHORITY")
            @QueryParam("kind") @Pattern(regexp = KINDS, message = "must be one of: " + KINDS)
            String kind,
            @Parameter(description = "Only elements with this status", example = "TESTING")
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of: " + STATUSES)
            String status,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<RolloutElementResponse> page = elements.list(
                        Optional.ofNullable(kind).map(RolloutElementKind::valueOf),
                        Optional.ofNullable(status).map(RolloutElementStatus::valueOf),
                        request)
                .map(this::shown);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRolloutElement", summary = "Read one roll-out element with its linked barriers")
    @APIResponse(responseCode = "200", description = "The element",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RolloutElementResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Roll-out element id (UUID)") @PathParam("id") String id,
                        @Context Request request) {
        RolloutElementView element = elements.require(id);
        EntityTag etag = ETags.of(element.element().version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(shown(element)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "recordRolloutElement", summary = "Record a roll-out element; it starts PROPOSED",
            description = "Every barrierIds[i] must be a barrier of this register, listed once (422 naming it). "
                    + "Publishes totalplace.governance.rollout-element-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The new element", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RolloutElementResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response record(@NotNull @Valid RolloutElementRequest body, @Context UriInfo uri) {
        RolloutElementView element = elements.record(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(element.element().id().toString()).build())
                .tag(ETags.of(element.element().version()))
                .entity(shown(element))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceRolloutElement",
            summary = "Replace an element's hypothesis, outcomes, barriers and ways; needs If-Match with the ETag of the last read",
            description = "The status is moved with POST /rollout-elements/{id}/status. "
                    + "Publishes totalplace.governance.rollout-element-changed.v1 (change REVISED).")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RolloutElementResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response replace(@Parameter(description = "Roll-out element id (UUID)") @PathParam("id") String id,
                            @Parameter(description = "The ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RolloutElementRequest body) {
        return changed(elements.revise(id, ETags.ifMatch(ifMatch), body.details()));
    }

    @PUT
    @Path("/{id}/barriers")
    @Operation(operationId = "linkRolloutElementBarriers",
            summary = "Replace the list of barriers an element links to (empty unlinks them all); needs If-Match",
            description = "Every barrierIds[i] must be a barrier of this register, listed once (422 naming it). "
                    + "Publishes totalplace.governance.rollout-element-changed.v1 (change BARRIERS_LINKED).")
    @APIResponse(responseCode = "200", description = "Linked",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RolloutElementResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response linkBarriers(@Parameter(description = "Roll-out element id (UUID)") @PathParam("id") String id,
                                 @Parameter(description = "The ETag of your last read", example = "\"3\"")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid BarrierLinksRequest body) {
        return changed(elements.linkBarriers(id, ETags.ifMatch(ifMatch), body.barrierIds()));
    }

    @POST
    @Path("/{id}/status")
    @Operation(operationId = "moveRolloutElement",
            summary = "Move the hypothesis on: PROPOSED → TESTING → EVIDENCED or NOT_SUPPORTED (final)",
            description = "If-Match is optional here; when sent it must match. A move not allowed from the current "
                    + "status is a 409 naming status. Publishes totalplace.governance.rollout-element-changed.v1 "
                    + "(change STATUS_CHANGED).")
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RolloutElementResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = MOVE_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response move(@Parameter(description = "Roll-out element id (UUID)") @PathParam("id") String id,
                         @Parameter(description = "The ETag of your last read (optional)", example = "\"3\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid RolloutStatusRequest body) {
        ExpectedVersion expected = ifMatch == null || ifMatch.isBlank() ? ExpectedVersion.any() : ETags.ifMatch(ifMatch);
        return changed(elements.move(id, expected, body.status(), body.reason()));
    }

    private Response changed(RolloutElementView element) {
        return Response.ok(shown(element)).tag(ETags.of(element.element().version())).build();
    }

    /** Linked barriers are their pilots' records: shown in full only within the caller's READ_PILOT scope. */
    private RolloutElementResponse shown(RolloutElementView element) {
        return RolloutElementResponse.of(element, access.scope(Permission.READ_PILOT));
    }

    /** The OpenAPI shape of one page of roll-out elements. */
    @Schema(name = "RolloutElementPage")
    record RolloutElementPage(List<RolloutElementResponse> items, int page, int size, long total) {
    }
}
