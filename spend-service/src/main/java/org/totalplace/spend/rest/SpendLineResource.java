package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.SpendLine;
import org.totalplace.spend.service.Page;
import org.totalplace.spend.service.PageRequest;
import org.totalplace.spend.service.SpendLineQueries;
import org.totalplace.spend.service.SpendLineService;

/** The count over HTTP: spend lines, each an amount one body spent in one pilot's place in one financial year. */
@Path("/spend-lines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Spend lines", description = "Amounts of public money counted in each pilot place")
public class SpendLineResource {

    /** The fields a list may be sorted by; {@code -amount} sorts descending. */
    static final String SORTABLE = "-?(financialYear|amount|body)";
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    static final String LINE_EXAMPLE = """
            {"id":"0e7c2a57-3f8e-4a55-9d0e-2b1f7f0c6a01","pilotId":"5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11",\
            "body":"Lewisham Primary Care Trust","financialYear":"2008-09",\
            "amount":{"amount":"412000000.00","currency":"GBP"},"priceBasis":{"kind":"real","baseYear":"2008-09"},\
            "method":"bottom-up","description":"PCT ledger, revenue only","version":0,\
            "createdAt":"2010-02-05T09:00:00Z"}""";

    private final SpendLineService spendLines;
    private final SpendLineQueries queries;
    private final Access access;
    private final SpendPlaces places;
    private final CheckedBodies bodies;

    SpendLineResource(SpendLineService spendLines, SpendLineQueries queries, Access access, SpendPlaces places,
                      CheckedBodies bodies) {
        this.spendLines = spendLines;
        this.queries = queries;
        this.access = access;
        this.places = places;
        this.bodies = bodies;
    }

    @GET
    @Operation(operationId = "listSpendLines",
            summary = "List spend lines, a page at a time, optionally one pilot's or one financial year's")
    @APIResponse(responseCode = "200", description = "One page of spend lines",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpendLinePage.class),
                    examples = @ExampleObject(name = "one line", value = "{\"items\":[" + LINE_EXAMPLE
                            + "],\"page\":0,\"size\":50,\"total\":1}")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "financialYear, amount or body; prefix - for descending", example = "-amount")
            @QueryParam("sort") @DefaultValue("financialYear")
            @Pattern(regexp = SORTABLE,
                    message = "must be financialYear, amount or body, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only this pilot's lines", example = "5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11")
            @QueryParam("pilotId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            String pilotId,
            @Parameter(description = "Only lines of this financial year", example = "2009-10")
            @QueryParam("financialYear") @FinancialYearText
            String financialYear,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<SpendLineResponse> page = queries.list(access.scope(Permission.READ_PILOT),
                Optional.ofNullable(pilotId).map(UUID::fromString),
                Optional.ofNullable(financialYear).map(FinancialYear::parse), request).map(SpendLineResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSpendLine", summary = "Read one spend line")
    @APIResponse(responseCode = "200", description = "The spend line",
            headers = @Header(name = "ETag", description = "The spend line's version, e.g. \"0\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpendLineResponse.class),
                    examples = @ExampleObject(name = "a PCT's ledger line", value = LINE_EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response get(@Parameter(description = "Spend line id", example = "0e7c2a57-3f8e-4a55-9d0e-2b1f7f0c6a01")
                        @PathParam("id") String id,
                        @Context Request request) {
        SpendLine line = queries.require(id);
        EntityTag etag = ETags.of(line.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(SpendLineResponse.of(line)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "recordSpendLine", summary = "Record a spend line in a pilot's count",
            description = "Amounts are decimal strings with at most 2 decimal places: more are refused, never "
                    + "rounded. Publishes totalplace.spend.spend-line-recorded.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordSpendLineRequest.class),
            examples = {
                    @ExampleObject(name = "bottom-up, real prices", value = """
                            {"pilotId":"5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11","body":"Lewisham Primary Care Trust",\
                            "financialYear":"2008-09","amount":{"amount":"412000000.00","currency":"GBP"},\
                            "priceBasis":{"kind":"real","baseYear":"2008-09"},"method":"bottom-up",\
                            "description":"PCT ledger, revenue only"}"""),
                    @ExampleObject(name = "top-down, nominal", value = """
                            {"pilotId":"5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11",\
                            "body":"Department for Work and Pensions","financialYear":"2009-10",\
                            "amount":{"amount":"1250000.10","currency":"GBP"},\
                            "priceBasis":{"kind":"nominal","baseYear":null},"method":"top-down",\
                            "description":null}""")}))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The new spend line", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, e.g. \"0\"", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SpendLineResponse.class),
                    examples = @ExampleObject(name = "a PCT's ledger line", value = LINE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.SUBMIT_SPEND)
    public Response record(@NotNull RecordSpendLineRequest request, @Context UriInfo uri) {
        if (request.pilotId() != null) {
            access.require(Permission.SUBMIT_SPEND, places.pilot(request.pilotId()));
        }
        SpendLine line = spendLines.record(bodies.valid(request).toCommand());
        return Response.created(uri.getAbsolutePathBuilder().path(line.id().toString()).build())
                .tag(ETags.of(line.version()))
                .entity(SpendLineResponse.of(line))
                .build();
    }

    /** Documentation only: the shape of a page of spend lines. */
    @Schema(name = "SpendLinePage")
    record SpendLinePage(List<SpendLineResponse> items, int page, int size, long total) {
    }
}
