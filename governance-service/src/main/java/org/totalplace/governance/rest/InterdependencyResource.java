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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Interdependency;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.InterdependencyService;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/** Interdependencies between Total Place and other programmes, over HTTP. */
@Path("/interdependencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Interdependencies", description = "Other programmes Total Place depends on, or that depend on it")
public class InterdependencyResource {

    static final String SORTABLE = "-?(programme|owner|createdAt)";

    private final InterdependencyService interdependencies;

    InterdependencyResource(InterdependencyService interdependencies) {
        this.interdependencies = interdependencies;
    }

    @GET
    @Operation(operationId = "listInterdependencies", summary = "List interdependencies, a page at a time")
    @APIResponse(responseCode = "200", description = "One page of interdependencies",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterdependencyPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "programme, owner or createdAt; prefix - for descending", example = "programme")
            @QueryParam("sort") @DefaultValue("programme")
            @Pattern(regexp = SORTABLE, message = "must be programme, owner or createdAt, optionally prefixed with - for descending")
            String sort,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<InterdependencyResponse> page = interdependencies.list(request).map(InterdependencyResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInterdependency", summary = "Read one interdependency")
    @APIResponse(responseCode = "200", description = "The interdependency",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterdependencyResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Interdependency id (UUID)") @PathParam("id") String id,
                        @Context Request request) {
        Interdependency interdependency = interdependencies.require(id);
        EntityTag etag = ETags.of(interdependency.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(InterdependencyResponse.of(interdependency)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "recordInterdependency", summary = "Record an interdependency with another programme",
            description = "Publishes totalplace.governance.interdependency-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The new interdependency", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = InterdependencyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response record(@NotNull @Valid InterdependencyRequest body, @Context UriInfo uri) {
        Interdependency interdependency = interdependencies.record(body.programme(), body.description(), body.owner(),
                body.nature());
        return Response.created(uri.getAbsolutePathBuilder().path(interdependency.id().toString()).build())
                .tag(ETags.of(interdependency.version()))
                .entity(InterdependencyResponse.of(interdependency))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceInterdependency",
            summary = "Replace an interdependency; needs If-Match with the ETag of the last read",
            description = "Publishes totalplace.governance.interdependency-updated.v1.")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = InterdependencyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response replace(@Parameter(description = "Interdependency id (UUID)") @PathParam("id") String id,
                            @Parameter(description = "The ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid InterdependencyRequest body) {
        Interdependency interdependency = interdependencies.revise(id, ETags.ifMatch(ifMatch), body.programme(),
                body.description(), body.owner(), body.nature());
        return Response.ok(InterdependencyResponse.of(interdependency)).tag(ETags.of(interdependency.version())).build();
    }

    /** The OpenAPI shape of one page of interdependencies. */
    @Schema(name = "InterdependencyPage")
    record InterdependencyPage(List<InterdependencyResponse> items, int page, int size, long total) {
    }
}
