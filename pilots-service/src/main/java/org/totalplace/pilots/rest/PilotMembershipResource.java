package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.PartnerMembership;
import org.totalplace.pilots.service.MembershipQueries;
import org.totalplace.pilots.service.MembershipService;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;

/** Which bodies are in a pilot's partnership, and when; bodies joining and leaving it. */
@Path("/pilots/{idOrCode}/partner-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "The partner bodies of each pilot, with the periods of their membership")
public class PilotMembershipResource {

    private final MembershipService memberships;
    private final MembershipQueries queries;

    PilotMembershipResource(MembershipService memberships, MembershipQueries queries) {
        this.memberships = memberships;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listPilotPartnerBodies",
            summary = "The pilot's partner bodies on a day (today by default), or every period of membership; each body "
                    + "as it was on that day (in a history, when the period began): its name then, and its successor "
                    + "once it was merged or abolished")
    @APIResponse(responseCode = "200", description = "One page of membership periods, by body name",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response list(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                         @PathParam("idOrCode") String idOrCode,
                         @Valid @BeanParam TimeframeParams timeframe,
                         @Valid @BeanParam PageParams paging,
                         @Context UriInfo uri) {
        Page<MembershipResponse> page = queries.membersOf(idOrCode, timeframe.timeframe(),
                new PageRequest(paging.page(), paging.size(), "name", false)).map(MembershipResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "joinPilot", summary = "A partner body joins the pilot's partnership from a day")
    @APIResponse(responseCode = "201", description = "Joined",
            headers = {@Header(name = "Location", description = "The body's membership of the pilot", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "The membership's version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot or partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The body is already a current member, or the new period "
            + "overlaps an earlier one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response join(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                         @PathParam("idOrCode") String idOrCode,
                         @NotNull @Valid JoinRequest body,
                         @Context UriInfo uri) {
        PartnerMembership membership = memberships.join(idOrCode, body.body(), body.bodyField(), body.from());
        return Response.created(location(uri, membership))
                .tag(ETags.of(membership.version()))
                .entity(MembershipResponse.of(queries.today(membership)))
                .build();
    }

    @GET
    @Path("/{bodyIdOrCode}")
    @Operation(operationId = "getPilotPartnerBody",
            summary = "A body's membership of the pilot: the current period, or the one it last left")
    @APIResponse(responseCode = "200", description = "The latest membership period",
            headers = @Header(name = "ETag", description = "The membership's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such pilot or body, or the body was never a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response get(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                        @PathParam("idOrCode") String idOrCode,
                        @Parameter(description = "Partner body id (UUID) or code", example = "E09000023")
                        @PathParam("bodyIdOrCode") String bodyIdOrCode,
                        @Context Request request) {
        PartnerMembership membership = queries.latest(idOrCode, bodyIdOrCode);
        EntityTag etag = ETags.of(membership.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(MembershipResponse.of(queries.today(membership))).tag(etag).build();
    }

    @POST
    @Path("/{bodyIdOrCode}/leave")
    @Operation(operationId = "leavePilot",
            summary = "A partner body leaves the pilot's partnership; the period is kept in the history. "
                    + "If-Match is optional and, when sent, must match")
    @APIResponse(responseCode = "200", description = "Left",
            headers = @Header(name = "ETag", description = "The membership's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MembershipResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot or body, or the body was never a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The body already left",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "to is before the day the body joined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response leave(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                          @PathParam("idOrCode") String idOrCode,
                          @Parameter(description = "Partner body id (UUID) or code", example = "E09000023")
                          @PathParam("bodyIdOrCode") String bodyIdOrCode,
                          @Parameter(description = "The membership's ETag of your last read, if you want the "
                                  + "change refused when it has changed since", example = "\"0\"")
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid EndRequest body) {
        PartnerMembership membership = memberships.leave(idOrCode, bodyIdOrCode,
                Optional.ofNullable(ifMatch).filter(header -> !header.isBlank()).map(ETags::ifMatch), body.to());
        return Response.ok(MembershipResponse.of(queries.today(membership))).tag(ETags.of(membership.version())).build();
    }

    private static URI location(UriInfo uri, PartnerMembership membership) {
        return uri.getBaseUriBuilder().path("pilots").path(membership.pilot().id().toString())
                .path("partner-bodies").path(membership.body().id().toString()).build();
    }
}
