package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
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
import org.totalplace.governance.service.PaperQueries;
import org.totalplace.governance.service.PaperService;

/** One paper: reading it and replacing what it says. */
@Path("/papers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Papers")
public class PaperResource {

    private final PaperService papers;
    private final PaperQueries queries;

    PaperResource(PaperService papers, PaperQueries queries) {
        this.papers = papers;
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPaper", summary = "Read one paper, paragraphs numbered and sub-points lettered")
    @APIResponse(responseCode = "200", description = "The paper",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaperResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response get(@Parameter(description = "Paper id (UUID)") @PathParam("id") String id,
                        @Context Request request) {
        Paper paper = queries.require(id);
        EntityTag etag = ETags.of(paper.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(PaperResponse.of(paper)).tag(etag).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "revisePaper", summary = "Replace what a paper says; needs If-Match with the ETag of the last read",
            description = "The paper stays its group's. Once it is on the agenda of a HELD meeting it was tabled there "
                    + "and is fixed (409). Publishes totalplace.governance.paper-revised.v1.")
    @APIResponse(responseCode = "200", description = "Revised",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PaperResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The paper was tabled at a meeting that has been held; detail names its day",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response revise(@Parameter(description = "Paper id (UUID)") @PathParam("id") String id,
                           @Parameter(description = "The ETag of your last read", example = "\"0\"",
                                   schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid PaperRequest body) {
        Paper paper = papers.revise(id, ETags.ifMatch(ifMatch), body.content());
        return Response.ok(PaperResponse.of(paper)).tag(ETags.of(paper.version())).build();
    }
}
