package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.BarrierComment;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.BarrierCommentService;
import org.totalplace.governance.service.Page;

/** Comments on a barrier: its pilot's staff and its Government Office say what they know, in order. */
@Path("/barriers/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Barriers")
public class BarrierCommentResource {

    private final BarrierCommentService comments;
    private final Access access;

    BarrierCommentResource(BarrierCommentService comments, Access access) {
        this.comments = comments;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listBarrierComments", summary = "List a barrier's comments, oldest first")
    @APIResponse(responseCode = "200", description = "One page of the barrier's comments",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierCommentPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response list(@Parameter(description = "Barrier id") @PathParam("id") UUID id,
                         @Valid @BeanParam PageParams paging,
                         @Context UriInfo uri) {
        Page<BarrierCommentResponse> page = comments.on(id, paging.page(), paging.size())
                .map(BarrierCommentResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "commentOnBarrier", summary = "Comment on a barrier, at any status",
            description = "The author is the caller's token subject; the time is the service's clock. Comments are "
                    + "never changed or removed.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "The barrier's comments", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = BarrierCommentResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.COMMENT, record = "id")
    public Response comment(@Parameter(description = "Barrier id") @PathParam("id") UUID id,
                            @NotNull @Valid BarrierCommentRequest body,
                            @Context UriInfo uri) {
        BarrierComment comment = comments.comment(id, access.caller().subject(), body.text());
        return Response.created(uri.getAbsolutePath()).entity(BarrierCommentResponse.of(comment)).build();
    }

    /** The OpenAPI shape of one page of comments. */
    @Schema(name = "BarrierCommentPage")
    record BarrierCommentPage(List<BarrierCommentResponse> items, int page, int size, long total) {
    }
}
