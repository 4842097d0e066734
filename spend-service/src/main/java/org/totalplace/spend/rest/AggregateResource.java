package org.totalplace.spend.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.AggregateQuery;
import org.totalplace.spend.service.Aggregates;
import org.totalplace.spend.service.InvalidRequestException;
import org.totalplace.spend.service.Violation;

/** Totals of the count by any of its dimensions, in the spirit of OpenSpending's aggregate API (see docs). */
@Path("/aggregate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aggregates", description = "Sums of the counted figures by pilot, year, function, body, method ...")
public class AggregateResource {

    static final String EXAMPLE = """
            {"attributes":{"ruleVersion":{"version":3,"name":"2014 rules","status":"PUBLISHED",
            "publishedAt":"2026-11-20T10:00:00Z","chosenBy":"latest published"},
            "priceBasis":{"kind":"nominal","baseYear":null},"deflator":null,"currency":"GBP","perCapita":false,
            "treatment":"treatment:counted (default)"},
            "drilldown":["functionL1"],"cut":["financialYear:2009-10","treatment:counted","ruleVersion:3"],
            "order":["amount.sum:desc","functionL1:asc"],"measures":["amount.sum","lines.count","figures.count"],
            "cells":[{"functionL1":{"code":"10","label":"10. Social protection"},
            "amount.sum":{"amount":"2520546377.29","currency":"GBP"},"lines.count":1204,"figures.count":12}],
            "summary":{"amount.sum":{"amount":"2520546377.29","currency":"GBP"},"lines.count":1204,"figures.count":12},
            "total_cell_count":1,"page":1,"pagesize":1000}""";

    private final Aggregates aggregates;
    private final Access access;

    AggregateResource(Aggregates aggregates, Access access) {
        this.aggregates = aggregates;
        this.access = access;
    }

    @GET
    @Operation(operationId = "aggregateCount", summary = "Sum the counted figures by the dimensions asked for",
            description = "Only the figures of pilots the caller may read are summed (a pilot's staff: their pilots; a "
                    + "Government Office: its region's). Groups counted_figure of one rule version (the latest published unless cut "
                    + "ruleVersion:N; every answer states it) by the drilled dimensions, keeping the cut values. "
                    + "Treatment is cut to counted unless the query cuts it. Amounts are GBP, nominal unless "
                    + "prices=real&baseYear=YYYY-YY (a loaded deflator series: nominal x index(base) / index(year), "
                    + "each cell's year rounded half-even to the penny, then years summed). perCapita=true divides "
                    + "each cell by the pilot's population for the year (needs one pilot and one year per cell).")
    @APIResponse(responseCode = "200", description = "The cells of the page and the summary over all cells",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AggregateResponse.class),
                    examples = @ExampleObject(name = "By function, 2009-10", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A bad drilldown, cut, order, measures, page, pagesize or "
            + "option; errors[].field names it (drilldown[0], cut[1], order[0], pagesize, perCapita ...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "Nothing to answer from: no published rule set, no deflator "
            + "series or no index for a year asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public AggregateResponse aggregate(
            @Parameter(description = "Dimensions joined by |: pilot, financialYear, functionL1, functionL2, body, "
                    + "method, spendType, treatment", example = "pilot|financialYear|functionL1")
            @QueryParam("drilldown") String drilldown,
            @Parameter(description = "dimension:value joined by |; value lists with ; and year ranges with .. "
                    + "(both ends included); ruleVersion:N picks the rule version",
                    example = "method:top-down;bottom-up|financialYear:2009-10..2011-12")
            @QueryParam("cut") String cut,
            @Parameter(description = "key:asc|desc joined by ,; a key is a measure or a drilled dimension",
                    example = "amount.sum:desc")
            @QueryParam("order") String order,
            @Parameter(description = "amount.sum, lines.count, figures.count joined by , (default all)",
                    example = "amount.sum,lines.count")
            @QueryParam("measures") String measures,
            @Parameter(description = "Page number from 1 (default 1)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Cells per page, 1 to " + AggregateQuery.MAX_PAGE_SIZE + " (default "
                    + AggregateQuery.DEFAULT_PAGE_SIZE + ")", example = "100")
            @QueryParam("pagesize") String pageSize,
            @Parameter(description = "true: add amount.perCapita (population from the count)", example = "false")
            @QueryParam("perCapita") String perCapita,
            @Parameter(description = "nominal (default) or real", example = "nominal") @QueryParam("prices") String prices,
            @Parameter(description = "With prices=real: the financial year whose prices to use", example = "2009-10")
            @QueryParam("baseYear") String baseYear,
            @Parameter(description = "With prices=real: the deflator series (default: the latest imported)",
                    example = "gdp-deflator") @QueryParam("deflator") String deflator) {
        AggregateQuery query;
        try {
            query = AggregateQuery.parse(drilldown, cut, order, measures, page, pageSize, perCapita, prices, baseYear,
                    deflator);
        } catch (AggregateQuery.Refused refused) {
            throw new InvalidRequestException("The aggregate query is not valid: " + refused.getMessage(),
                    refused.problems().stream().map(p -> new Violation(p.field(), p.message())).toList());
        }
        return AggregateResponse.of(aggregates.aggregate(query, access.scope(Permission.READ_PILOT)));
    }
}
