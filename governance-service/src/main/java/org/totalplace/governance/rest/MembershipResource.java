package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import org.totalplace.governance.domain.Membership;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.KnownBodies;
import org.totalplace.governance.service.MembershipQueries;
import org.totalplace.governance.service.MembershipService;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/** Who sits on a governance group, as a person or a post, and when; memberships starting and ending. */
@Path("/groups/{idOrCode}/memberships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Memberships", description = "The members of each governance group, with the history of who sat when")
public class MembershipResource {

    private final MembershipService memberships;
    private final MembershipQueries queries;
    private final KnownBodies bodies;

    MembershipResource(MembershipService memberships, MembershipQueries queries, KnownBodies bodies) {
        this.memberships = memberships;
        this.queries = queries;
        this.bodies = bodies;
    }

    @GET
    @Operation(operationId = "listMemberships",
            summary = "The group's memberships on a day (today by default), or every membership there has been")
    @APIResponse(responseCode = "200", description = "One page of memberships, earliest first",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response list(@Parameter(description = "Group id (UUID) or code", example = "ministerial-group")
                         @PathParam("idOrCode") String idOrCode,
                         @Valid @BeanParam MembershipListParams timeframe,
                         @Valid @BeanParam PageParams paging,
                         @Context UriInfo uri) {
        Page<MembershipResponse> page = queries.list(idOrCode, timeframe.asOfDay(), timeframe.wholeHistory(),
                new PageRequest(paging.page(), paging.size(), "from", false)).map(membership -> MembershipResponse.of(membership, bodies));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "startMembership", summary = "A person or a post joins the group in a role from a day",
            description = "Exactly one of person or post; an ALTERNATE names (and only an ALTERNATE names) the MEMBER "
                    + "or CHAIR membership of this group it stands in for, whose period covers its own (422 "
                    + "rule-violation). A second chair overlapping the current one is a 409 naming the chair. "
                    + "Publishes totalplace.governance.membership-started.v1.")
    @APIResponse(responseCode = "201", description = "Started",
            headers = {@Header(name = "Location", description = "The new membership", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response start(@Parameter(description = "Group id (UUID) or code", example = "ministerial-group")
                          @PathParam("idOrCode") String idOrCode,
                          @NotNull @Valid MembershipRequest body,
                          @Context UriInfo uri) {
        Membership membership = memberships.start(idOrCode, body.terms());
        return Response.created(uri.getBaseUriBuilder().path("groups").path(membership.groupId().toString())
                        .path("memberships").path(membership.id().toString()).build())
                .tag(ETags.of(membership.version()))
                .entity(MembershipResponse.of(membership, bodies))
                .build();
    }

    @GET
    @Path("/{membershipId}")
    @Operation(operationId = "getMembership", summary = "Read one membership of the group")
    @APIResponse(responseCode = "200", description = "The membership",
            headers = @Header(name = "ETag", description = "The membership's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response get(@Parameter(description = "Group id (UUID) or code", example = "ministerial-group")
                        @PathParam("idOrCode") String idOrCode,
                        @Parameter(description = "Membership id", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
                        @PathParam("membershipId")
                        @Pattern(regexp = GroupResource.UUID_PATTERN, message = "must be a UUID")
                        String membershipId,
                        @Context Request request) {
        Membership membership = queries.require(idOrCode, UUID.fromString(membershipId));
        EntityTag etag = ETags.of(membership.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(MembershipResponse.of(membership, bodies)).tag(etag).build();
    }

    @POST
    @Path("/{membershipId}/end")
    @Operation(operationId = "endMembership",
            summary = "End a membership on its last day; it is kept in the history. If-Match is optional and, "
                    + "when sent, must match",
            description = "Publishes totalplace.governance.membership-ended.v1.")
    @APIResponse(responseCode = "200", description = "Ended",
            headers = @Header(name = "ETag", description = "The membership's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response end(@Parameter(description = "Group id (UUID) or code", example = "ministerial-group")
                        @PathParam("idOrCode") String idOrCode,
                        @Parameter(description = "Membership id", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
                        @PathParam("membershipId")
                        @Pattern(regexp = GroupResource.UUID_PATTERN, message = "must be a UUID")
                        String membershipId,
                        @Parameter(description = "The membership's ETag of your last read, if you want the change "
                                + "refused when it has changed since", example = "\"0\"",
                                schema = @Schema(type = SchemaType.STRING))
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid EndMembershipRequest body) {
        Membership membership = memberships.end(idOrCode, UUID.fromString(membershipId),
                Optional.ofNullable(ifMatch).filter(header -> !header.isBlank()).map(ETags::ifMatch), body.to());
        return Response.ok(MembershipResponse.of(membership, bodies)).tag(ETags.of(membership.version())).build();
    }

    /** The OpenAPI shape of one page of memberships ({@link PageResponse} of {@link MembershipResponse}). */
    @Schema(name = "MembershipPage")
    record MembershipPage(List<MembershipResponse> items, int page, int size, long total) {
    }
}
