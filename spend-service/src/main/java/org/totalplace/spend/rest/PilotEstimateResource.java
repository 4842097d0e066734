package org.totalplace.spend.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.TopDownEstimate;
import org.totalplace.spend.service.TopDownEstimates;

/** Top-down estimates of a pilot's spend: national statistics apportioned to its place. */
@Path("/pilots/{pilotId}/estimates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Top-down estimates", description = TopDownEstimate.METHOD)
public class PilotEstimateResource {

    private final TopDownEstimates estimates;

    PilotEstimateResource(TopDownEstimates estimates) {
        this.estimates = estimates;
    }

    @GET
    @Operation(operationId = "getTopDownEstimate",
            summary = "Estimate a pilot's spend by function for a year: CRA region spend × its population share",
            description = "Identifiable spend (ID) of the pilot's region in the CRA, every sector, capital and "
                    + "current, by COFOG level 0 function, times the pilot's areas' population over the region's "
                    + "(ONS mid-year estimate of the year the financial year starts in). CRA figures are £ thousand "
                    + "and converted exactly to pounds before one rounding per function.")
    @APIResponse(responseCode = "200", description = "The estimate, with its method and inputs",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EstimateResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "No estimate can be made: the pilot's areas (named in errors[]) "
            + "have no population data of their own, it has no areas, or the year's data is not imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public EstimateResponse get(
            @Parameter(description = "Pilot id (as in pilots-service)") @PathParam("pilotId") String pilotId,
            @Parameter(description = "Financial year; the CRA covers 2009-10 to 2013-14", example = "2009-10",
                    required = true)
            @QueryParam("year") @NotNull @FinancialYearText String year) {
        return EstimateResponse.of(estimates.estimate(pilotId, FinancialYear.parse(year)));
    }
}
