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
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupKind;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.GroupQueries;
import org.totalplace.governance.service.GroupService;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/** Governance groups over HTTP. Decisions live in the service and the domain; this class translates. */
@Path("/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "The governance groups of the programme: ministers, officials, boards")
public class GroupResource {

    /** The fields a list may be sorted by; {@code -name} sorts descending. */
    static final String SORTABLE = "-?(code|name|kind)";
    static final String KINDS = "MINISTERIAL|OFFICIALS|IMPROVEMENT_BOARD|PILOT_BOARD|OTHER";
    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private final GroupService groups;
    private final GroupQueries queries;
    private final Access access;

    GroupResource(GroupService groups, GroupQueries queries, Access access) {
        this.groups = groups;
        this.queries = queries;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listGroups",
            summary = "List governance groups, a page at a time, optionally of one kind or one pilot")
    @APIResponse(responseCode = "200", description = "One page of groups",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GroupPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "code, name or kind; prefix - for descending", example = "-name")
            @QueryParam("sort") @DefaultValue("code")
            @Pattern(regexp = SORTABLE, message = "must be code, name or kind, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only groups of this kind", example = "PILOT_BOARD")
            @QueryParam("kind")
            @Pattern(regexp = KINDS, message = "must be one of: MINISTERIAL, OFFICIALS, IMPROVEMENT_BOARD, PILOT_BOARD, OTHER")
            String kind,
            @Parameter(description = "Only the groups of this pilot (its id)", example = "0b6f2f57-3c1e-4f0a-9a55-6f3a8d1c2e01")
            @QueryParam("pilotId")
            @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            String pilotId,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<GroupResponse> page = queries.list(
                        Optional.ofNullable(kind).map(GroupKind::valueOf),
                        Optional.ofNullable(pilotId).map(UUID::fromString),
                        access.scope(Permission.READ_PILOT),
                        request)
                .map(GroupResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getGroup", summary = "Read one governance group by id or code")
    @APIResponse(responseCode = "200", description = "The group",
            headers = @Header(name = "ETag", description = "The group's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = GroupResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response get(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                        @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        GovernanceGroup group = queries.require(idOrCode);
        EntityTag etag = ETags.of(group.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(GroupResponse.of(group)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "createGroup", summary = "Create a governance group",
            description = "A PILOT_BOARD must name its pilotId; every other kind must not (422 rule-violation). "
                    + "quorum is optional (MAJORITY when absent); AT_LEAST needs seats, MAJORITY must not have them "
                    + "(422 on quorum.seats). "
                    + "Publishes totalplace.governance.group-created.v1.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new group", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = GroupResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response create(@NotNull @Valid GroupRequest body, @Context UriInfo uri) {
        GovernanceGroup group = groups.create(body.groupCode(), body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(group.id().toString()).build())
                .tag(ETags.of(group.version()))
                .entity(GroupResponse.of(group))
                .build();
    }

    /** The OpenAPI shape of one page of groups ({@link PageResponse} of {@link GroupResponse}). */
    @Schema(name = "GroupPage")
    record GroupPage(java.util.List<GroupResponse> items, int page, int size, long total) {
    }
}
