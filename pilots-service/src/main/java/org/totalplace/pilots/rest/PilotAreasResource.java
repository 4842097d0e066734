package org.totalplace.pilots.rest;

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
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.service.PilotAreaList;
import org.totalplace.pilots.service.PilotAreaService;

/** The constituent local authority areas of a pilot. */
@Path("/pilots/{idOrCode}/areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pilots")
public class PilotAreasResource {

    static final String AREAS_REJECTED = "rule-violation: an area names no local authority, several, or one already "
            + "named (errors[].field = areas[i], with the candidates); nothing was stored";

    private final PilotAreaService areas;

    PilotAreasResource(PilotAreaService areas) {
        this.areas = areas;
    }

    @GET
    @Operation(operationId = "getPilotAreas", summary = "Read the local authority areas of a pilot, as at 2009-10-01")
    @APIResponse(responseCode = "200", description = "The areas, sorted by name",
            headers = @Header(name = "ETag", description = "The pilot's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotAreasResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response get(@Parameter(description = "Pilot id (UUID) or code", example = "manchester-warrington")
                        @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        PilotAreaList list = areas.areasOf(idOrCode);
        EntityTag etag = ETags.of(list.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(PilotAreasResponse.of(list)).tag(etag).build();
    }

    @PUT
    @Operation(operationId = "replacePilotAreas",
            summary = "Replace the set of a pilot's areas (GSS codes, register codes or names); needs If-Match with the pilot's ETag")
    @APIResponse(responseCode = "200", description = "Replaced (the same set again changes nothing)",
            headers = @Header(name = "ETag", description = "The pilot's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotAreasResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = AREAS_REJECTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response replace(@Parameter(description = "Pilot id (UUID) or code", example = "manchester-warrington")
                            @PathParam("idOrCode") String idOrCode,
                            @Parameter(description = "The pilot's ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid PilotAreasRequest body) {
        PilotAreaList list = areas.replace(idOrCode, ETags.ifMatch(ifMatch), body.areas());
        return Response.ok(PilotAreasResponse.of(list)).tag(ETags.of(list.version())).build();
    }
}
