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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.BarrierCategory;
import org.totalplace.governance.domain.BarrierDeciders;
import org.totalplace.governance.domain.BarrierStatus;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.BarrierQueries;
import org.totalplace.governance.service.BodyViews;
import org.totalplace.governance.service.KnownBodies;
import org.totalplace.governance.service.BarrierService;
import org.totalplace.governance.service.ExpectedVersion;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/**
 * The barrier register over HTTP. Every move is a POST to a sub-resource carrying If-Match, so that no one decides
 * on a stale reading.
 */
@Path("/barriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Barriers", description = "Barriers the pilots raise, escalated tier by tier until someone decides")
public class BarrierResource {

    static final String SORTABLE = "-?(createdAt|title|tier|status|category)";
    static final String TIERS = "PILOT|GOVERNMENT_OFFICE|OFFICIALS_GROUP|MINISTERIAL_GROUP";
    static final String STATUSES = "OPEN|RESOLVED|DECLINED";
    static final String CATEGORIES = "LEGISLATION|FUNDING_RULES|PERFORMANCE_REGIME|DATA_SHARING|CULTURE|OTHER";
    static final String WHO_DECIDES = "Whoever works at the barrier's tier decides (else 403): at PILOT its pilot's "
            + "staff, at GOVERNMENT_OFFICE its region's Government Office, at OFFICIALS_GROUP the secretariat, at "
            + "MINISTERIAL_GROUP the minister's office; the programme office at any tier.";

    private final BarrierService barriers;
    private final BarrierQueries queries;
    private final Access access;
    private final Places places;
    private final CheckedBodies bodies;
    private final KnownBodies knownBodies;

    BarrierResource(BarrierService barriers, BarrierQueries queries, Access access, Places places,
                    CheckedBodies bodies, KnownBodies knownBodies) {
        this.barriers = barriers;
        this.queries = queries;
        this.access = access;
        this.places = places;
        this.bodies = bodies;
        this.knownBodies = knownBodies;
    }

    @GET
    @Operation(operationId = "listBarriers", summary = "List barriers, a page at a time, optionally filtered")
    @APIResponse(responseCode = "200", description = "One page of barriers (without their history)",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "createdAt, title, tier, status or category; prefix - for descending", example = "-createdAt")
            @QueryParam("sort") @DefaultValue("createdAt")
            @Pattern(regexp = SORTABLE, message = "must be createdAt, title, tier, status or category, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only the barriers of this pilot (its id)", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
            @QueryParam("pilotId") @Pattern(regexp = GroupResource.UUID_PATTERN, message = "must be a UUID")
            String pilotId,
            @Parameter(description = "Only barriers at this tier", example = "OFFICIALS_GROUP")
            @QueryParam("tier") @Pattern(regexp = TIERS, message = "must be one of: " + TIERS)
            String tier,
            @Parameter(description = "Only barriers with this status", example = "OPEN")
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of: " + STATUSES)
            String status,
            @Parameter(description = "Only barriers of this category", example = "FUNDING_RULES")
            @QueryParam("category") @Pattern(regexp = CATEGORIES, message = "must be one of: " + CATEGORIES)
            String category,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<BarrierResponse> page = queries.list(
                        Optional.ofNullable(pilotId).map(UUID::fromString),
                        Optional.ofNullable(tier).map(EscalationTier::valueOf),
                        Optional.ofNullable(status).map(BarrierStatus::valueOf),
                        Optional.ofNullable(category).map(BarrierCategory::valueOf),
                        access.scope(Permission.READ_PILOT),
                        request)
                .map(barrier -> BarrierResponse.of(barrier, queries.overdue(barrier), List.of(), owner(barrier)));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBarrier", summary = "Read one barrier with its history of escalations and decisions")
    @APIResponse(responseCode = "200", description = "The barrier",
            headers = @Header(name = "ETag", description = "The barrier's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response get(@Parameter(description = "Barrier id") @PathParam("id") UUID id, @Context Request request) {
        Barrier barrier = queries.require(id);
        EntityTag etag = ETags.of(barrier.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(full(barrier)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "raiseBarrier", summary = "Raise a barrier for a pilot; it starts OPEN at tier PILOT",
            description = "The pilot must be known from pilots-service's events (else 422 rule-violation on pilotId). "
                    + "Publishes totalplace.governance.barrier-raised.v1.")
    @APIResponse(responseCode = "201", description = "Raised",
            headers = {@Header(name = "Location", description = "The new barrier", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = BarrierResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.RAISE_BARRIER)
    public Response raise(@NotNull BarrierRequest body, @Context UriInfo uri) {
        access.require(Permission.RAISE_BARRIER,
                Optional.ofNullable(body.pilotId()).flatMap(pilot -> places.pilot(pilot.toString())));
        Barrier barrier = barriers.raise(bodies.valid(body).details());
        return Response.created(uri.getAbsolutePathBuilder().path(barrier.id().toString()).build())
                .tag(ETags.of(barrier.version()))
                .entity(full(barrier))
                .build();
    }

    @POST
    @Path("/{id}/escalate")
    @Operation(operationId = "escalateBarrier", summary = "Move an open barrier up one tier; needs If-Match",
            description = "409 when it is not OPEN or already at MINISTERIAL_GROUP. "
                    + "Publishes totalplace.governance.barrier-escalated.v1 (automatic: false).")
    @APIResponse(responseCode = "200", description = "The barrier at its new tier",
            headers = @Header(name = "ETag", description = "The barrier's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.ESCALATE_BARRIER, record = "id")
    public Response escalate(@Parameter(description = "Barrier id") @PathParam("id") UUID id,
                             @Parameter(description = "The barrier's ETag from your last read", example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid EscalationRequest body) {
        return moved(barriers.escalate(id, ETags.ifMatch(ifMatch), body.reason()));
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(operationId = "resolveBarrier", summary = "Remove an open barrier, with the Whitehall change it needs; needs If-Match",
            description = "409 when it is not OPEN. decisionId, when given, must be a decision taken on this barrier's "
                    + "agenda item at a meeting of a group holding its tier (422 otherwise). "
                    + "Publishes totalplace.governance.barrier-resolved.v1. " + WHO_DECIDES)
    @APIResponse(responseCode = "200", description = "The resolved barrier",
            headers = @Header(name = "ETag", description = "The barrier's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response resolve(@Parameter(description = "Barrier id") @PathParam("id") UUID id,
                            @Parameter(description = "The barrier's ETag from your last read", example = "\"2\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull ResolutionRequest body) {
        Barrier barrier = requireDecider(id);
        bodies.valid(body);
        return moved(barriers.resolve(id, decided(barrier, ifMatch), body.decision(), body.whitehallChange(),
                body.decisionId()));
    }

    @POST
    @Path("/{id}/decline")
    @Operation(operationId = "declineBarrier", summary = "Decide not to remove an open barrier; needs If-Match",
            description = "409 when it is not OPEN. decisionId, when given, must be a decision taken on this barrier's "
                    + "agenda item at a meeting of a group holding its tier (422 otherwise). "
                    + "Publishes totalplace.governance.barrier-declined.v1. " + WHO_DECIDES)
    @APIResponse(responseCode = "200", description = "The declined barrier",
            headers = @Header(name = "ETag", description = "The barrier's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response decline(@Parameter(description = "Barrier id") @PathParam("id") UUID id,
                            @Parameter(description = "The barrier's ETag from your last read", example = "\"2\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull DeclineRequest body) {
        Barrier barrier = requireDecider(id);
        bodies.valid(body);
        return moved(barriers.decline(id, decided(barrier, ifMatch), body.decision(), body.decisionId()));
    }

    /** Who decides a barrier works at the tier it has reached ({@link BarrierDeciders}). */
    private Barrier requireDecider(UUID id) {
        Barrier barrier = queries.require(id);
        access.require(BarrierDeciders.at(barrier.tier()), places.pilot(barrier.pilotId().toString()));
        return barrier;
    }

    /**
     * The version to decide: the one whose tier the caller was checked against, which If-Match must name (or be
     * {@code *}). Should the barrier move on before the decision commits, the decision fails with 412.
     */
    private static ExpectedVersion decided(Barrier checked, String ifMatch) {
        ETags.ifMatch(ifMatch).check(checked.version());
        return ExpectedVersion.oneOf(List.of(checked.version()));
    }

    private Response moved(Barrier barrier) {
        return Response.ok(full(barrier)).tag(ETags.of(barrier.version())).build();
    }

    private BarrierResponse full(Barrier barrier) {
        return BarrierResponse.of(barrier, queries.overdue(barrier), queries.history(barrier.id()), owner(barrier));
    }

    /** The owning department as a known body on the day the barrier was raised, and today. */
    private BodyViews owner(Barrier barrier) {
        return knownBodies.views(barrier.owningDepartment(), barrier.createdAt());
    }

    /** The OpenAPI shape of one page of barriers ({@link PageResponse} of {@link BarrierResponse}). */
    @Schema(name = "BarrierPage")
    record BarrierPage(List<BarrierResponse> items, int page, int size, long total) {
    }
}
