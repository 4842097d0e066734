package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.PartnerBodyMatch;
import org.totalplace.spend.service.LedgerBreaks;
import org.totalplace.spend.service.MissingBodies;

/** Moderation of one pilot's year: partner bodies missing from its count, and breaks in its bodies' ledgers. */
@Path("/pilots/{pilotId}/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class PilotModerationResource {

    private final MissingBodies missingBodies;
    private final LedgerBreaks breaks;

    PilotModerationResource(MissingBodies missingBodies, LedgerBreaks breaks) {
        this.missingBodies = missingBodies;
        this.breaks = breaks;
    }

    @GET
    @Path("/missing-bodies")
    @Operation(operationId = "getMissingBodies",
            summary = "Partner bodies expected in a pilot's count for a year but with no submission",
            description = "Expected: every partner body in the pilot's partnership (as pilots-service announced it) "
                    + "for at least one day of the financial year. A submission in any state counts. "
                    + PartnerBodyMatch.RULE)
    @APIResponse(responseCode = "200", description = "Missing and present bodies, and submissions matching none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModerationJson.MissingBodies.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public ModerationJson.MissingBodies missingBodies(
            @Parameter(description = "Pilot id (as in pilots-service)") @PathParam("pilotId") String pilotId,
            @Parameter(description = "Financial year", example = "2009-10", required = true)
            @QueryParam("year") @NotNull @FinancialYearText String year) {
        return ModerationJson.MissingBodies.of(missingBodies.of(Ids.parse(pilotId, "pilot"), FinancialYear.parse(year)));
    }

    @GET
    @Path("/breaks")
    @Operation(operationId = "getPilotYearBreaks",
            summary = "Sudden month-on-month breaks in the ledgers of each body of a pilot's year",
            description = "Every submission of the pilot for the year (any state), its imports not withdrawn, "
                    + "summed by month per body text. " + org.totalplace.spend.domain.MonthlyBreaks.METHOD)
    @APIResponse(responseCode = "200", description = "Each body's months and breaks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModerationJson.Breaks.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public ModerationJson.Breaks breaks(
            @Parameter(description = "Pilot id (as in pilots-service)") @PathParam("pilotId") String pilotId,
            @Parameter(description = "Financial year of the submissions", example = "2011-12", required = true)
            @QueryParam("year") @NotNull @FinancialYearText String year,
            @Valid @BeanParam BreakParams params) {
        UUID pilot = Ids.parse(pilotId, "pilot");
        BigDecimal factor = params.factor();
        return ModerationJson.breaks(null, pilot, year, factor, params.minMonths(),
                breaks.ofPilotYear(pilot, FinancialYear.parse(year), factor, params.minMonths()));
    }
}
