package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.StandingAgendaService;
import org.totalplace.governance.service.StandingAgendaService.StandingAgenda;

/** A group's standing agenda: the items every meeting generated for it starts with. */
@Path("/groups/{idOrCode}/standing-agenda")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class StandingAgendaResource {

    private final StandingAgendaService standingAgendas;

    StandingAgendaResource(StandingAgendaService standingAgendas) {
        this.standingAgendas = standingAgendas;
    }

    @GET
    @Operation(operationId = "getStandingAgenda", summary = "Read a group's standing agenda, in order")
    @APIResponse(responseCode = "200", description = "The standing agenda; empty when the group has none",
            headers = @Header(name = "ETag", description = "The standing agenda's version (not the group's), for If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StandingAgendaResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response get(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                        @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        StandingAgenda agenda = standingAgendas.read(idOrCode);
        EntityTag etag = ETags.of(agenda.group().standingAgendaVersion());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(StandingAgendaResponse.of(agenda)).tag(etag).build();
    }

    @PUT
    @Operation(operationId = "replaceStandingAgenda",
            summary = "Replace a group's whole standing agenda; needs If-Match with the standing agenda's ETag",
            description = "At most " + StandingAgendaService.MAX_ITEMS + " items, numbered 1..n in the order sent. "
                    + "Meetings already generated keep their agendas; meetings scheduled afterwards start with this "
                    + "one. Publishes totalplace.governance.standing-agenda-changed.v1.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The standing agenda's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = StandingAgendaResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response replace(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                            @PathParam("idOrCode") String idOrCode,
                            @Parameter(description = "The standing agenda's ETag from your last read", example = "\"0\"",
                                    schema = @Schema(type = SchemaType.STRING))
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid StandingAgendaRequest body) {
        StandingAgenda agenda = standingAgendas.replace(idOrCode, ETags.ifMatch(ifMatch), body.details());
        return Response.ok(StandingAgendaResponse.of(agenda)).tag(ETags.of(agenda.group().standingAgendaVersion())).build();
    }
}
