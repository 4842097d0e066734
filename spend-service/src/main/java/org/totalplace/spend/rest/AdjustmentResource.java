package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.Adjustment;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.SpendType;
import org.totalplace.spend.service.AdjustmentService;
import org.totalplace.spend.service.Page;

/** Moderators' adjustments to a pilot's count: separate signed lines, withdrawn but never edited or deleted. */
@Path("/pilots/{pilotId}/adjustments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "Missing bodies, monthly breaks, outliers across pilots, and adjustments")
public class AdjustmentResource {

    private final AdjustmentService adjustments;

    AdjustmentResource(AdjustmentService adjustments) {
        this.adjustments = adjustments;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordAdjustment", summary = "Record a moderator's adjustment to a pilot's count",
            description = "A separate signed line (body, COFOG level 2 function, revenue or capital, GBP) with its "
                    + "reason and author; source lines are never edited. The author is taken from the body until "
                    + "authentication exists. The pilot's year is recounted in the same transaction. Publishes "
                    + "totalplace.spend.adjustment-recorded.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdjustmentJson.RecordRequest.class),
            examples = @ExampleObject(name = "care fees counted twice", value = """
                    {"financialYear":"2009-10","body":"Gateshead Council","functionL2":"10.2","spendType":"revenue",\
                    "amount":{"amount":"-125000.00","currency":"GBP"},\
                    "reason":"Residential care fees paid for Sunderland residents; counted in Sunderland's return",\
                    "author":"J. Moderator"}""")))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The adjustment", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdjustmentJson.Response.class),
                    examples = @ExampleObject(name = "recorded", value = AdjustmentJson.EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "Well formed but refused: a currency other than GBP, or 0.00",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.MODERATE, pilot = "pilotId")
    public Response record(@Parameter(description = "Pilot id (as in pilots-service)") @PathParam("pilotId") String pilotId,
                           @NotNull @Valid AdjustmentJson.RecordRequest request, @Context UriInfo uri) {
        Adjustment adjustment = adjustments.record(request.toCommand(Ids.parse(pilotId, "pilot")));
        return Response.created(uri.getAbsolutePathBuilder().path(adjustment.id().toString()).build())
                .tag(ETags.of(adjustment.version()))
                .entity(AdjustmentJson.Response.of(adjustment))
                .build();
    }

    @GET
    @Operation(operationId = "listAdjustments", summary = "List a pilot's adjustments, oldest first, with filters")
    @APIResponse(responseCode = "200", description = "One page of adjustments",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdjustmentJson.Page.class),
                    examples = @ExampleObject(name = "one adjustment", value = "{\"items\":[" + AdjustmentJson.EXAMPLE
                            + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot known from pilots-service",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Response list(
            @Parameter(description = "Pilot id (as in pilots-service)") @PathParam("pilotId") String pilotId,
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "Only this financial year", example = "2009-10")
            @QueryParam("financialYear") @FinancialYearText String financialYear,
            @Parameter(description = "Only this body (ignoring case)", example = "Gateshead Council")
            @QueryParam("body") String body,
            @Parameter(description = "Only this COFOG level 1 function", example = "10")
            @QueryParam("functionL1") @Pattern(regexp = "10|[1-9]", message = "must be a COFOG level 1 code, 1 to 10")
            String functionL1,
            @Parameter(description = "Only this COFOG level 2 function", example = "10.2")
            @QueryParam("functionL2") @FunctionL2Text String functionL2,
            @Parameter(description = "Only revenue or only capital", example = "revenue")
            @QueryParam("spendType") @Pattern(regexp = "revenue|capital", message = "must be one of: revenue, capital")
            String spendType,
            @Parameter(description = "true: only withdrawn ones; false: only those that count", example = "false")
            @QueryParam("withdrawn") @Pattern(regexp = "true|false", message = "must be true or false")
            String withdrawn,
            @Context UriInfo uri) {
        AdjustmentService.Filter filter = new AdjustmentService.Filter(
                Optional.ofNullable(financialYear).map(FinancialYear::parse),
                Optional.ofNullable(body).filter(b -> !b.isBlank()),
                Optional.ofNullable(functionL1), Optional.ofNullable(functionL2),
                Optional.ofNullable(spendType).map(SpendType::fromWire),
                Optional.ofNullable(withdrawn).map(Boolean::valueOf));
        Page<AdjustmentJson.Response> page = adjustments.list(Ids.parse(pilotId, "pilot"), filter, paging.page(),
                paging.size()).map(AdjustmentJson.Response::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdjustment", summary = "Read one adjustment")
    @APIResponse(responseCode = "200", description = "The adjustment",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdjustmentJson.Response.class),
                    examples = @ExampleObject(name = "recorded", value = AdjustmentJson.EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "pilotId")
    public Response get(@Parameter(description = "Pilot id") @PathParam("pilotId") String pilotId,
                        @Parameter(description = "Adjustment id") @PathParam("id") String id,
                        @Context Request request) {
        Adjustment adjustment = adjustments.require(Ids.parse(pilotId, "pilot"), Ids.parse(id, "adjustment"));
        EntityTag etag = ETags.of(adjustment.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(AdjustmentJson.Response.of(adjustment)).tag(etag).build();
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawAdjustment", summary = "Withdraw an adjustment, with a reason; needs If-Match",
            description = "It stops counting; its row, reason and author stay, with who withdrew it, when and why. "
                    + "409 if already withdrawn. The pilot's year is recounted in the same transaction. Publishes "
                    + "totalplace.spend.adjustment-withdrawn.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdjustmentJson.WithdrawRequest.class),
            examples = @ExampleObject(name = "withdrawn", value = """
                    {"reason":"Sunderland's return turned out not to include these fees","author":"A. Lead"}""")))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AdjustmentJson.Response.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.MODERATE, pilot = "pilotId")
    public Response withdraw(@Parameter(description = "Pilot id") @PathParam("pilotId") String pilotId,
                             @Parameter(description = "Adjustment id") @PathParam("id") String id,
                             @Parameter(description = "The adjustment's ETag from your last read", example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid AdjustmentJson.WithdrawRequest request) {
        UUID pilot = Ids.parse(pilotId, "pilot");
        UUID adjustmentId = Ids.parse(id, "adjustment");
        long expected = ETags.ifMatch(ifMatch);
        Adjustment adjustment = adjustments.withdraw(pilot, adjustmentId, expected, request.reason().strip(),
                request.author().strip());
        return Response.ok(AdjustmentJson.Response.of(adjustment)).tag(ETags.of(adjustment.version())).build();
    }
}
