package org.totalplace.pilots.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.service.PilotPopulations;

/** The population of a pilot's areas, from the ONS mid-year estimates. */
@Path("/pilots/{idOrCode}/population")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pilots")
public class PilotPopulationResource {

    private final PilotPopulations populations;

    PilotPopulationResource(PilotPopulations populations) {
        this.populations = populations;
    }

    @GET
    @Operation(operationId = "getPilotPopulation",
            summary = "Population of a pilot's areas per year (2009 onwards), with the areas it could not count")
    @APIResponse(responseCode = "200", description = "One entry per year, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PopulationYearResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public List<PopulationYearResponse> get(@Parameter(description = "Pilot id (UUID) or code", example = "manchester-warrington")
                                            @PathParam("idOrCode") String idOrCode) {
        return populations.of(idOrCode).stream().map(PopulationYearResponse::of).toList();
    }
}
