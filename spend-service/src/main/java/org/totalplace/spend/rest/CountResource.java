package org.totalplace.spend.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.totalplace.spend.service.CountSummaries;

/** A pilot's count: its figures under a published version of the counting rules. */
@Path("/pilots/{pilotId}/count")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Count", description = "Every source classified by versioned counting rules: bottom-up ledgers, "
        + "top-down CRA estimates, Revenue Outturn where it replaces the estimate")
public class CountResource {

    private final CountSummaries counts;

    CountResource(CountSummaries counts) {
        this.counts = counts;
    }

    @GET
    @Operation(operationId = "getPilotCount", summary = "Read a pilot's count for a year, under a rules version",
            description = "Bottom-up: the pilot's ledger imports not withdrawn, classified by the rules. Top-down: "
                    + "the CRA's identifiable spend of its region × its population share, by CRA category. "
                    + "Outturn: where every one of the pilot's areas has a Revenue Outturn for the year, its "
                    + "councils' service lines replace the local-government estimate function by function. Each "
                    + "figure names its method; totals are per method, never added across methods.")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountJson.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "The rules version asked for is a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public CountJson get(
            @Parameter(description = "Pilot id (as in pilots-service)") @PathParam("pilotId") String pilotId,
            @Parameter(description = "Financial year", example = "2009-10", required = true)
            @QueryParam("year") @NotNull @FinancialYearText String year,
            @Parameter(description = "Counting rules version; the newest published when absent", example = "1")
            @QueryParam("ruleVersion") @Pattern(regexp = "[1-9][0-9]{0,5}", message = "must be a version number such as 1")
            String ruleVersion) {
        return CountJson.of(counts.summary(Ids.parse(pilotId, "pilot"), FinancialYear.parse(year),
                ruleVersion == null ? null : Integer.valueOf(ruleVersion)));
    }
}
