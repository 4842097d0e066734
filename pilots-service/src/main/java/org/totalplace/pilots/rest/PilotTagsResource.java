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
import org.totalplace.pilots.service.PilotService;

/** A pilot's tags: what it works on, for finding places doing similar work. Read them in the pilot itself. */
@Path("/pilots/{idOrCode}/tags")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pilots")
public class PilotTagsResource {

    private final PilotService pilots;

    PilotTagsResource(PilotService pilots) {
        this.pilots = pilots;
    }

    @PUT
    @Operation(operationId = "replacePilotTags",
            summary = "Replace a pilot's tags (free text kept as lowercase slugs); needs If-Match with the pilot's ETag")
    @APIResponse(responseCode = "200", description = "Replaced; the body is the pilot with its tags",
            headers = @Header(name = "ETag", description = "The pilot's new version (unchanged when the tags were)", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "A tag with no letters or digits to make a slug of",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response replace(@Parameter(description = "Pilot id (UUID) or code", example = "dorset-poole-bournemouth")
                            @PathParam("idOrCode") String idOrCode,
                            @Parameter(description = "The pilot's ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid PilotTagsRequest body) {
        Pilot pilot = pilots.retag(idOrCode, ETags.ifMatch(ifMatch), body.tags());
        return Response.ok(PilotResponse.of(pilot)).tag(ETags.of(pilot.version())).build();
    }
}
