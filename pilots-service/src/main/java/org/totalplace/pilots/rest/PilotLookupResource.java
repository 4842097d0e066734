package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.totalplace.pilots.service.PilotLookup;

/** Finding a pilot by the way a source spells it. */
@Path("/pilots/lookup")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pilots")
public class PilotLookupResource {

    private final PilotLookup lookup;
    private final Access access;

    PilotLookupResource(PilotLookup lookup, Access access) {
        this.lookup = lookup;
        this.access = access;
    }

    @GET
    @Operation(operationId = "lookUpPilot",
            summary = "Find the pilot a spelling names: its code, name or an alias, ignoring case, & versus and, / and , and spacing")
    @APIResponse(responseCode = "200", description = "The pilot",
            headers = @Header(name = "ETag", description = "The pilot's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No pilot goes by that spelling; the detail names the nearest ones",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response lookUp(@Parameter(description = "Any spelling of the pilot", example = "Luton/ Central Beds")
                           @QueryParam("name") @NotBlank @Size(max = 200) String name) {
        Pilot pilot = lookup.require(name);
        access.require(Permission.READ_PILOT, PilotPlaces.of(pilot));
        return Response.ok(PilotResponse.of(pilot)).tag(ETags.of(pilot.version())).build();
    }
}
