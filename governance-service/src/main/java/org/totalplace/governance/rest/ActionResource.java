package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.ActionStatus;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.ActionQueries;
import org.totalplace.governance.service.ActionService;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/** The actions meetings gave, across groups: who owes what, and closing them. */
@Path("/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and actions")
public class ActionResource {

    static final String SORTABLE = "-?(dueDate|createdAt|owner|status)";
    static final String STATUSES = "OPEN|DONE|DROPPED";

    private final ActionService actions;
    private final ActionQueries queries;
    private final Access access;

    ActionResource(ActionService actions, ActionQueries queries, Access access) {
        this.actions = actions;
        this.queries = queries;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listActions", summary = "List actions, a page at a time, optionally by group, status and owner")
    @APIResponse(responseCode = "200", description = "One page of actions",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "dueDate, createdAt, owner or status; prefix - for descending", example = "dueDate")
            @QueryParam("sort") @DefaultValue("dueDate")
            @Pattern(regexp = SORTABLE, message = "must be dueDate, createdAt, owner or status, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only the actions of this group (id or code); none for a group that does not exist",
                    example = "officials-group")
            @QueryParam("groupId") @Size(max = 60)
            String groupId,
            @Parameter(description = "Only actions with this status", example = "OPEN")
            @QueryParam("status") @Pattern(regexp = STATUSES, message = "must be one of: " + STATUSES)
            String status,
            @Parameter(description = "Only actions of this owner (ignoring case)", example = "DCSF")
            @QueryParam("owner") @Size(max = 200)
            String owner,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<ActionResponse> page = queries.list(Optional.ofNullable(groupId), Optional.ofNullable(status).map(ActionStatus::valueOf),
                        Optional.ofNullable(owner), access.scope(Permission.READ_PILOT), request)
                .map(ActionResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAction", summary = "Read one action")
    @APIResponse(responseCode = "200", description = "The action",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response get(@Parameter(description = "Action id") @PathParam("id") UUID id, @Context Request request) {
        ActionItem action = queries.require(id);
        EntityTag etag = ETags.of(action.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(ActionResponse.of(action)).tag(etag).build();
    }

    @POST
    @Path("/{id}/complete")
    @Operation(operationId = "completeAction", summary = "Mark an open action DONE; needs If-Match",
            description = "409 unless OPEN. A DONE action is no longer carried forward. "
                    + "Publishes totalplace.governance.action-closed.v1.")
    @APIResponse(responseCode = "200", description = "The action, DONE",
            headers = @Header(name = "ETag", description = "The action's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response complete(@Parameter(description = "Action id") @PathParam("id") UUID id,
                             @Parameter(description = "The action's ETag from your last read", example = "\"0\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid CompletionRequest body) {
        return moved(actions.complete(id, ETags.ifMatch(ifMatch), body.note()));
    }

    @POST
    @Path("/{id}/drop")
    @Operation(operationId = "dropAction", summary = "Drop an open action, saying why; needs If-Match",
            description = "409 unless OPEN. A DROPPED action is no longer carried forward. "
                    + "Publishes totalplace.governance.action-closed.v1.")
    @APIResponse(responseCode = "200", description = "The action, DROPPED",
            headers = @Header(name = "ETag", description = "The action's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response drop(@Parameter(description = "Action id") @PathParam("id") UUID id,
                         @Parameter(description = "The action's ETag from your last read", example = "\"0\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid DropRequest body) {
        return moved(actions.drop(id, ETags.ifMatch(ifMatch), body.note()));
    }

    private static Response moved(ActionItem action) {
        return Response.ok(ActionResponse.of(action)).tag(ETags.of(action.version())).build();
    }

    /** The OpenAPI shape of one page of actions. */
    @Schema(name = "ActionPage")
    record ActionPage(List<ActionResponse> items, int page, int size, long total) {
    }
}
