package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
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
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.service.PhaseService;

/** A pilot's programme phase over HTTP. */
@Path("/pilots/{idOrCode}/phase")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timetable", description = "Phases, milestones, reporting points and submissions")
public class PhaseResource {

    private final PhaseService phases;

    PhaseResource(PhaseService phases) {
        this.phases = phases;
    }

    @PUT
    @Operation(operationId = "movePilotToPhase",
            summary = "Move a pilot to a programme phase (forward only); needs If-Match with the pilot's ETag")
    @APIResponse(responseCode = "200", description = "The pilot in its phase",
            headers = @Header(name = "ETag", description = "The pilot's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.ADMINISTER, pilot = "idOrCode")
    public Response move(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                         @PathParam("idOrCode") String idOrCode,
                         @Parameter(description = "The pilot's ETag from your last read", example = "\"3\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid PhaseRequest body) {
        Pilot pilot = phases.move(idOrCode, ETags.ifMatch(ifMatch), body.programmePhase());
        return Response.ok(PilotResponse.of(pilot)).tag(ETags.of(pilot.version())).build();
    }
}
