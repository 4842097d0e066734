package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;
import org.totalplace.pilots.service.ParallelPlaceQueries;
import org.totalplace.pilots.service.ParallelPlaceService;

/**
 * Parallel places over HTTP: places following the Total Place approach without pilot status. Programme-wide
 * reference data: anyone with a programme role reads them; the programme office keeps them.
 */
@Path("/parallel-places")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Parallel places", description = "Places developing a Total Place approach without pilot status")
public class ParallelPlaceResource {

    private final ParallelPlaceService places;
    private final ParallelPlaceQueries queries;

    ParallelPlaceResource(ParallelPlaceService places, ParallelPlaceQueries queries) {
        this.places = places;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listParallelPlaces",
            summary = "List parallel places by code, a page at a time, optionally by region, theme or tag")
    @APIResponse(responseCode = "200", description = "One page of parallel places",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "Only places in this region", example = "North West")
            @QueryParam("region") @RegionName String region,
            @Parameter(description = "Only places whose theme contains this text, ignoring case", example = "older")
            @QueryParam("theme") @Size(max = 200) @Pattern(regexp = TimetableParams.NOT_BLANK, message = "must not be blank")
            String theme,
            @Parameter(description = "Only places with this tag (any spelling: Older People finds older-people)",
                    example = "older-people")
            @QueryParam("tag") @Size(max = 200) @Pattern(regexp = TagParam.HAS_SLUG, message = TagParam.HAS_SLUG_RULE)
            String tag,
            @Context UriInfo uri) {
        Page<ParallelPlaceResponse> page = queries.list(Region.fromDisplayName(region),
                        Optional.ofNullable(theme).map(String::strip), TagParam.slug(tag),
                        new PageRequest(paging.page(), paging.size(), "code", false))
                .map(ParallelPlaceResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getParallelPlace", summary = "Read one parallel place by id or code")
    @APIResponse(responseCode = "200", description = "The parallel place",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParallelPlaceResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such parallel place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Parallel place id (UUID) or code", example = "example-parallel")
                        @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        ParallelPlace parallel = queries.require(idOrCode);
        EntityTag etag = ETags.of(parallel.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(ParallelPlaceResponse.of(parallel)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "registerParallelPlace", summary = "Register a parallel place")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The new parallel place", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ParallelPlaceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The code, name or an alias already identifies a pilot or another parallel place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "A tag with no letters or digits to make a slug of",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response register(@NotNull @Valid ParallelPlaceRequest body, @Context UriInfo uri) {
        ParallelPlace parallel = places.register(body.placeCode(), body.details(), body.tags());
        return Response.created(uri.getAbsolutePathBuilder().path(parallel.id().toString()).build())
                .tag(ETags.of(parallel.version()))
                .entity(ParallelPlaceResponse.of(parallel))
                .build();
    }

    @PUT
    @Path("/{idOrCode}")
    @Operation(operationId = "replaceParallelPlace",
            summary = "Replace a parallel place's details and tags (its code stays); needs If-Match with the ETag of the last read")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ParallelPlaceResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such parallel place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The code was changed, or a name or alias identifies another place",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "A tag with no letters or digits to make a slug of",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response replace(@Parameter(description = "Parallel place id (UUID) or code", example = "example-parallel")
                            @PathParam("idOrCode") String idOrCode,
                            @Parameter(description = "The ETag of your last read", example = "\"0\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ParallelPlaceRequest body) {
        ParallelPlace parallel = places.revise(idOrCode, ETags.ifMatch(ifMatch), body.placeCode(), body.details(),
                body.tags());
        return Response.ok(ParallelPlaceResponse.of(parallel)).tag(ETags.of(parallel.version())).build();
    }
}
