package org.totalplace.governance.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Paper;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;
import org.totalplace.governance.service.PaperQueries;
import org.totalplace.governance.service.PaperService;

/** A governance group's papers: writing one, and listing them. One paper is read and replaced at /papers/{id}. */
@Path("/groups/{idOrCode}/papers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Papers", description = "Papers for a group's meetings in the Improvement Board format")
public class GroupPaperResource {

    static final String SORTABLE = "-?(meetingDate|title|createdAt)";

    private final PaperService papers;
    private final PaperQueries queries;

    GroupPaperResource(PaperService papers, PaperQueries queries) {
        this.papers = papers;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listGroupPapers", summary = "The group's papers, a page at a time, by meeting date then item")
    @APIResponse(responseCode = "200", description = "One page of papers",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaperPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response list(@Parameter(description = "Group id (UUID) or code", example = "improvement-board")
                         @PathParam("idOrCode") String idOrCode,
                         @Valid @BeanParam PageParams paging,
                         @Parameter(description = "meetingDate, title or createdAt; prefix - for descending", example = "-meetingDate")
                         @QueryParam("sort") @DefaultValue("meetingDate")
                         @Pattern(regexp = SORTABLE, message = "must be meetingDate, title or createdAt, optionally prefixed with - for descending")
                         String sort,
                         @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<PaperResponse> page = queries.ofGroup(idOrCode, request).map(PaperResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "publishPaper", summary = "Write a paper for the group",
            description = "Every section but itemNumber, paragraph headings and sub-points is required; paragraphs are "
                    + "numbered 1..n in the order sent. A closingText without sub-points is a 422. "
                    + "Publishes totalplace.governance.paper-published.v1.")
    @APIResponse(responseCode = "201", description = "Written",
            headers = {@Header(name = "Location", description = "The new paper, /papers/{id}", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PaperResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response publish(@Parameter(description = "Group id (UUID) or code", example = "improvement-board")
                            @PathParam("idOrCode") String idOrCode,
                            @NotNull @Valid PaperRequest body,
                            @Context UriInfo uri) {
        Paper paper = papers.publish(idOrCode, body.content());
        return Response.created(uri.getBaseUriBuilder().path("papers").path(paper.id().toString()).build())
                .tag(ETags.of(paper.version()))
                .entity(PaperResponse.of(paper))
                .build();
    }

    /** The OpenAPI shape of one page of papers. */
    @Schema(name = "PaperPage")
    record PaperPage(List<PaperResponse> items, int page, int size, long total) {
    }
}
