package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;
import org.totalplace.pilots.service.PlaceQueries;

/**
 * The places directory: pilots and parallel places together, to "link up places undertaking similar work" (seed
 * 000). Programme-wide: every programme role reads it whole, whatever pilots its token names.
 */
@Path("/places")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Places", description = "Pilots and parallel places together, by what they work on")
public class PlaceResource {

    private final PlaceQueries places;

    PlaceResource(PlaceQueries places) {
        this.places = places;
    }

    @GET
    @Operation(operationId = "listPlaces",
            summary = "Pilots and parallel places by code, a page at a time, optionally only those with a tag")
    @APIResponse(responseCode = "200", description = "One page of places",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(@Valid @BeanParam PageParams paging,
                         @Parameter(description = "Only places with this tag (any spelling: Older People finds older-people)",
                                 example = "older-people")
                         @QueryParam("tag") @Size(max = 200) @Pattern(regexp = TagParam.HAS_SLUG, message = TagParam.HAS_SLUG_RULE)
                         String tag,
                         @Context UriInfo uri) {
        Page<PlaceResponse> page = places.list(TagParam.slug(tag), new PageRequest(paging.page(), paging.size(), "code",
                false)).map(PlaceResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/similar")
    @Operation(operationId = "listSimilarPlaces",
            summary = "Places doing similar work: the other pilots and parallel places sharing a tag with one place, "
                    + "by Jaccard similarity of their tags (ties: more shared tags first, then code)")
    @APIResponse(responseCode = "200", description = "One page of the ranking, most similar first",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No pilot or parallel place has the code in to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response similar(@Parameter(description = "The code of a pilot or a parallel place", required = true,
                                    example = "dorset-poole-bournemouth")
                            @QueryParam("to") @NotBlank @Size(max = 200) String to,
                            @Valid @BeanParam PageParams paging,
                            @Context UriInfo uri) {
        Page<SimilarPlaceResponse> page = places.similarTo(to.strip(), new PageRequest(paging.page(), paging.size(),
                "score", true)).map(SimilarPlaceResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }
}
