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
import jakarta.ws.rs.QueryParam;
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
import org.totalplace.pilots.domain.PilotRole;
import org.totalplace.pilots.domain.RoleAppointment;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;
import org.totalplace.pilots.service.RoleQueries;
import org.totalplace.pilots.service.RoleService;

/** The people in a pilot's roles (pilot lead, GO lead, locality managers, DG champion), and when. */
@Path("/pilots/{idOrCode}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Who leads and supports each pilot, with the terms of their appointments")
public class PilotRoleResource {

    private final RoleService roles;
    private final RoleQueries queries;

    PilotRoleResource(RoleService roles, RoleQueries queries) {
        this.roles = roles;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listPilotRoles",
            summary = "Who holds the pilot's roles on a day (today by default), or every appointment there has been")
    @APIResponse(responseCode = "200", description = "One page of appointments, by role, then start",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response list(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                         @PathParam("idOrCode") String idOrCode,
                         @Parameter(description = "Only appointments to this role", example = "LOCALITY_MANAGER")
                         @QueryParam("role") @EnumName(PilotRole.class) String role,
                         @Valid @BeanParam TimeframeParams timeframe,
                         @Valid @BeanParam PageParams paging,
                         @Context UriInfo uri) {
        Page<RoleResponse> page = queries.list(idOrCode, Optional.ofNullable(role).map(PilotRole::valueOf),
                timeframe.timeframe(), new PageRequest(paging.page(), paging.size(), "role", false))
                .map(RoleResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "assignPilotRole", summary = "Appoint a person to a role of the pilot")
    @APIResponse(responseCode = "201", description = "Appointed",
            headers = {@Header(name = "Location", description = "The new appointment", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RoleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The role has one holder at a time and someone holds it "
            + "then (the problem names them and their dates), or the person already holds the role then",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "to is before from",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response assign(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                           @PathParam("idOrCode") String idOrCode,
                           @NotNull @Valid RoleRequest body,
                           @Context UriInfo uri) {
        RoleAppointment appointment = roles.assign(idOrCode, body.role(), body.person(), body.organisation(),
                body.from(), body.to());
        return Response.created(location(uri, appointment))
                .tag(ETags.of(appointment.version()))
                .entity(RoleResponse.of(appointment))
                .build();
    }

    @GET
    @Path("/{roleId}")
    @Operation(operationId = "getPilotRole", summary = "Read one appointment to a role of the pilot")
    @APIResponse(responseCode = "200", description = "The appointment",
            headers = @Header(name = "ETag", description = "The appointment's version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such pilot, or no such appointment of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response get(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                        @PathParam("idOrCode") String idOrCode,
                        @Parameter(description = "The appointment's id") @PathParam("roleId") String roleId,
                        @Context Request request) {
        RoleAppointment appointment = queries.require(idOrCode, roleId);
        EntityTag etag = ETags.of(appointment.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(RoleResponse.of(appointment)).tag(etag).build();
    }

    @POST
    @Path("/{roleId}/end")
    @Operation(operationId = "endPilotRole",
            summary = "End an appointment that has no end date; If-Match is optional and, when sent, must match")
    @APIResponse(responseCode = "200", description = "Ended",
            headers = @Header(name = "ETag", description = "The appointment's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RoleResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot, or no such appointment of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The appointment already has an end date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "to is before the first day in the role",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response end(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                        @PathParam("idOrCode") String idOrCode,
                        @Parameter(description = "The appointment's id") @PathParam("roleId") String roleId,
                        @Parameter(description = "The appointment's ETag of your last read, if you want the "
                                + "change refused when it has changed since", example = "\"0\"")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid EndRequest body) {
        RoleAppointment appointment = roles.end(idOrCode, roleId,
                Optional.ofNullable(ifMatch).filter(header -> !header.isBlank()).map(ETags::ifMatch), body.to());
        return Response.ok(RoleResponse.of(appointment)).tag(ETags.of(appointment.version())).build();
    }

    private static URI location(UriInfo uri, RoleAppointment appointment) {
        return uri.getBaseUriBuilder().path("pilots").path(appointment.pilot().id().toString())
                .path("roles").path(appointment.id().toString()).build();
    }
}
