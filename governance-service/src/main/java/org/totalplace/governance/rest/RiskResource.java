package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.domain.RaidItem;
import org.totalplace.governance.domain.RaidKind;
import org.totalplace.governance.domain.Rag;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;
import org.totalplace.governance.service.RaidQueries;
import org.totalplace.governance.service.RaidService;

/** The programme's risks and issues (RAID log) over HTTP. */
@Path("/risks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks and issues", description = "The RAID log: risks and issues, scored probability x impact, with RAG")
public class RiskResource {

    static final String SORTABLE = "-?(score|reviewDate|title|createdAt)";

    private final RaidService raid;
    private final RaidQueries queries;
    private final Access access;

    RiskResource(RaidService raid, RaidQueries queries, Access access) {
        this.raid = raid;
        this.queries = queries;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listRisks",
            summary = "List risks and issues, a page at a time, by kind, RAG, owner or review due")
    @APIResponse(responseCode = "200", description = "One page of risks and issues",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RiskPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "score, reviewDate, title or createdAt; prefix - for descending", example = "-score")
            @QueryParam("sort") @DefaultValue("-score")
            @Pattern(regexp = SORTABLE, message = "must be score, reviewDate, title or createdAt, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only risks or only issues", example = "RISK")
            @QueryParam("kind") @Pattern(regexp = "RISK|ISSUE", message = "must be RISK or ISSUE")
            String kind,
            @Parameter(description = "Only this RAG rating", example = "RED")
            @QueryParam("rag") @Pattern(regexp = "RED|AMBER|GREEN", message = "must be RED, AMBER or GREEN")
            String rag,
            @Parameter(description = "Only this owner (ignoring case)", example = "Total Place programme office")
            @QueryParam("owner")
            String owner,
            @Parameter(description = "true: only open entries whose review date is today or earlier", example = "true")
            @QueryParam("reviewDue") @DefaultValue("false") @Pattern(regexp = "true|false", message = "must be true or false")
            String reviewDue,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<RiskResponse> page = queries.list(
                        Optional.ofNullable(kind).map(RaidKind::valueOf),
                        Optional.ofNullable(rag).map(Rag::valueOf),
                        Optional.ofNullable(owner).filter(text -> !text.isBlank()),
                        Boolean.parseBoolean(reviewDue),
                        access.scope(Permission.READ_PILOT),
                        request)
                .map(RiskResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRisk", summary = "Read one risk or issue")
    @APIResponse(responseCode = "200", description = "The risk or issue",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response get(@Parameter(description = "Risk id (UUID)") @PathParam("id") String id,
                        @Context Request request) {
        RaidItem item = queries.require(id);
        EntityTag etag = ETags.of(item.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(RiskResponse.of(item)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "recordRisk", summary = "Record a risk or an issue",
            description = "A RISK needs a probability, an ISSUE must not have one (422 rule-violation). Score and RAG "
                    + "are computed. Publishes totalplace.governance.risk-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The new entry", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response record(@NotNull @Valid RiskRequest body, @Context UriInfo uri) {
        RaidItem item = raid.record(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(item.id().toString()).build())
                .tag(ETags.of(item.version()))
                .entity(RiskResponse.of(item))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceRisk",
            summary = "Replace a risk or issue; needs If-Match with the ETag of the last read",
            description = "A closed entry cannot change (409). Publishes totalplace.governance.risk-updated.v1.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The entry is closed, which is final",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response replace(@Parameter(description = "Risk id (UUID)") @PathParam("id") String id,
                            @Parameter(description = "The ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid RiskRequest body) {
        RaidItem item = raid.revise(id, ETags.ifMatch(ifMatch), body.details());
        return Response.ok(RiskResponse.of(item)).tag(ETags.of(item.version())).build();
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closeRisk", summary = "Close a risk or issue, with the reason; closed is final",
            description = "Publishes totalplace.governance.risk-closed.v1.")
    @APIResponse(responseCode = "200", description = "Closed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RiskResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response close(@Parameter(description = "Risk id (UUID)") @PathParam("id") String id,
                          @NotNull @Valid ReasonRequest body) {
        RaidItem item = raid.close(id, body.reason());
        return Response.ok(RiskResponse.of(item)).tag(ETags.of(item.version())).build();
    }

    /** The OpenAPI shape of one page of risks. */
    @Schema(name = "RiskPage")
    record RiskPage(List<RiskResponse> items, int page, int size, long total) {
    }
}
