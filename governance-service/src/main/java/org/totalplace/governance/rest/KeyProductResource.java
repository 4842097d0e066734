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
import jakarta.ws.rs.core.EntityTag;
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
import org.totalplace.governance.domain.KeyProduct;
import org.totalplace.governance.domain.KeyProductStatus;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.KeyProductQueries;
import org.totalplace.governance.service.KeyProductService;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/** Key products and their approval by a governance group, over HTTP. */
@Path("/key-products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key products", description = "The PBR submission summary, the Budget report, communications; approved by a group")
public class KeyProductResource {

    static final String SORTABLE = "-?(dueDate|title|createdAt)";
    static final String MOVE_REFUSED = "The product's status does not allow this move (e.g. approving a DRAFT, or any "
            + "change once APPROVED); detail gives the reason";

    private final KeyProductService products;
    private final KeyProductQueries queries;

    KeyProductResource(KeyProductService products, KeyProductQueries queries) {
        this.products = products;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listKeyProducts", summary = "List key products, a page at a time, optionally by status")
    @APIResponse(responseCode = "200", description = "One page of key products",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyProductPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "dueDate, title or createdAt; prefix - for descending", example = "dueDate")
            @QueryParam("sort") @DefaultValue("dueDate")
            @Pattern(regexp = SORTABLE, message = "must be dueDate, title or createdAt, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only key products in this status", example = "AWAITING_APPROVAL")
            @QueryParam("status")
            @Pattern(regexp = "DRAFT|AWAITING_APPROVAL|APPROVED", message = "must be DRAFT, AWAITING_APPROVAL or APPROVED")
            String status,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<KeyProductResponse> page = queries.list(Optional.ofNullable(status).map(KeyProductStatus::valueOf), request)
                .map(KeyProductResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getKeyProduct", summary = "Read one key product")
    @APIResponse(responseCode = "200", description = "The key product",
            headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyProductResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Key product id (UUID)") @PathParam("id") String id,
                        @Context Request request) {
        KeyProduct product = queries.require(id);
        EntityTag etag = ETags.of(product.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(KeyProductResponse.of(product)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "draftKeyProduct", summary = "Draft a key product",
            description = "Starts as DRAFT. Publishes totalplace.governance.key-product-changed.v1.")
    @APIResponse(responseCode = "201", description = "Drafted",
            headers = {@Header(name = "Location", description = "The new key product", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = KeyProductResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response draft(@NotNull @Valid KeyProductRequest body, @Context UriInfo uri) {
        KeyProduct product = products.draft(body.title(), body.kind(), body.dueDate(), body.owner());
        return Response.created(uri.getAbsolutePathBuilder().path(product.id().toString()).build())
                .tag(ETags.of(product.version()))
                .entity(KeyProductResponse.of(product))
                .build();
    }

    @POST
    @Path("/{id}/submit-for-approval")
    @Operation(operationId = "submitKeyProductForApproval",
            summary = "Send a draft to the governance group that must approve it",
            description = "DRAFT → AWAITING_APPROVAL. An unknown group is a 422. Publishes key-product-changed.")
    @APIResponse(responseCode = "200", description = "Awaiting approval",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyProductResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = MOVE_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response submitForApproval(@Parameter(description = "Key product id (UUID)") @PathParam("id") String id,
                                      @NotNull @Valid SubmitForApprovalRequest body) {
        return moved(products.submitForApproval(id, body.groupId()));
    }

    @POST
    @Path("/{id}/approve")
    @Operation(operationId = "approveKeyProduct", summary = "Approve by a recorded decision of the approving group; approved is final",
            description = "AWAITING_APPROVAL → APPROVED. decisionId must be a decision recorded at a meeting of the "
                    + "group the product was submitted to (422 otherwise); decisionReference and approvedOn (the "
                    + "meeting's date) come from it. Publishes key-product-changed.")
    @APIResponse(responseCode = "200", description = "Approved",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyProductResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = MOVE_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response approve(@Parameter(description = "Key product id (UUID)") @PathParam("id") String id,
                            @NotNull @Valid ApprovalRequest body) {
        return moved(products.approve(id, body.decisionId()));
    }

    @POST
    @Path("/{id}/reject")
    @Operation(operationId = "rejectKeyProduct", summary = "The approving group sends the product back to DRAFT",
            description = "AWAITING_APPROVAL → DRAFT, keeping the reason. Publishes key-product-changed.")
    @APIResponse(responseCode = "200", description = "Back to draft",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyProductResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = MOVE_REFUSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response reject(@Parameter(description = "Key product id (UUID)") @PathParam("id") String id,
                           @NotNull @Valid ReasonRequest body) {
        return moved(products.reject(id, body.reason()));
    }

    private static Response moved(KeyProduct product) {
        return Response.ok(KeyProductResponse.of(product)).tag(ETags.of(product.version())).build();
    }

    /** The OpenAPI shape of one page of key products. */
    @Schema(name = "KeyProductPage")
    record KeyProductPage(List<KeyProductResponse> items, int page, int size, long total) {
    }
}
