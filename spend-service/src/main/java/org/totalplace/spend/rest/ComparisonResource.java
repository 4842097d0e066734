package org.totalplace.spend.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.Quartiles;
import org.totalplace.spend.service.PilotComparison;

/** Per-capita spend by function compared across pilots on one rule version, with outliers flagged. */
@Path("/moderation/comparison")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ComparisonResource {

    private final PilotComparison comparison;

    ComparisonResource(PilotComparison comparison) {
        this.comparison = comparison;
    }

    @GET
    @Operation(operationId = "comparePilots",
            summary = "Compare pilots' per-capita spend by function on one rule version, flagging outliers",
            description = "For each function: every pilot counted under the rule version, method and year, its "
                    + "total (counted figures only), population and per-capita spend (half-even to the penny); Q1 and "
                    + "Q3 by " + Quartiles.METHOD + "; IQR = Q3 − Q1; a pilot below Q1 − multiplier × IQR or above "
                    + "Q3 + multiplier × IQR is an outlier (low/high). Pilots without a population are listed as not "
                    + "comparable, with why.")
    @APIResponse(responseCode = "200", description = "The comparison, with its method",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ModerationJson.Comparison.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "No counting rule set has that version (errors[] names ruleVersion)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.MODERATE)
    public ModerationJson.Comparison compare(
            @Parameter(description = "Financial year", example = "2009-10", required = true)
            @QueryParam("year") @NotNull @FinancialYearText String year,
            @Parameter(description = "Counting rule set version", example = "1", required = true)
            @QueryParam("ruleVersion") @NotNull @Pattern(regexp = "[1-9]\\d{0,8}", message = "must be a whole number, 1 or more")
            String ruleVersion,
            @Parameter(description = "Counting method of the figures compared", example = "top-down", required = true)
            @QueryParam("method") @NotNull
            @Pattern(regexp = "bottom-up|outturn|top-down|adjustment",
                    message = "must be one of: bottom-up, outturn, top-down, adjustment") String method,
            @Parameter(description = "Function level: 1 ('10') or 2 ('10.2')", example = "1")
            @QueryParam("level") @DefaultValue("1") @Pattern(regexp = "[12]", message = "must be 1 or 2") String level,
            @Parameter(description = "Fence multiplier k (fences Q1 − k·IQR, Q3 + k·IQR)", example = "1.5")
            @QueryParam("multiplier") @DefaultValue("1.5")
            @Pattern(regexp = "\\d{1,2}(\\.\\d{1,2})?", message = "must be a decimal from 0 to 99.99, e.g. 1.5 or 3")
            String multiplier,
            @Parameter(description = "Fewest comparable pilots for quartiles and fences", example = "4")
            @QueryParam("minPilots") @DefaultValue("4")
            @Pattern(regexp = "[1-9]|[1-9]\\d|100", message = "must be a whole number from 1 to 100") String minPilots) {
        return ModerationJson.Comparison.of(comparison.compare(new PilotComparison.Query(FinancialYear.parse(year),
                Integer.parseInt(ruleVersion), method, Integer.parseInt(level), new BigDecimal(multiplier),
                Integer.parseInt(minPilots))));
    }
}
