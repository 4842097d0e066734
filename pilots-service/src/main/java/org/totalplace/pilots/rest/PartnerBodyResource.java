package org.totalplace.pilots.rest;

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
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodySuccession;
import org.totalplace.pilots.domain.PartnerBodyType;
import org.totalplace.pilots.service.MembershipQueries;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;
import org.totalplace.pilots.service.PartnerBodyQueries;
import org.totalplace.pilots.service.PartnerBodyService;
import org.totalplace.pilots.service.SuccessionService;

/** The register of partner bodies over HTTP, and which pilots each belongs to. */
@Path("/partner-bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Partner bodies", description = "The public bodies in the pilots' partnerships")
public class PartnerBodyResource {

    /** The fields a list may be sorted by; {@code -name} sorts descending. */
    static final String SORTABLE = "-?(name|type|code)";

    private final PartnerBodyService bodies;
    private final PartnerBodyQueries queries;
    private final MembershipQueries memberships;
    private final SuccessionService successions;
    private final Access access;

    PartnerBodyResource(PartnerBodyService bodies, PartnerBodyQueries queries, MembershipQueries memberships,
                        SuccessionService successions, Access access) {
        this.access = access;
        this.successions = successions;
        this.bodies = bodies;
        this.queries = queries;
        this.memberships = memberships;
    }

    @GET
    @Operation(operationId = "listPartnerBodies",
            summary = "List partner bodies, a page at a time, optionally of one type or with some text in their name")
    @APIResponse(responseCode = "200", description = "One page of partner bodies",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "name, type or code; prefix - for descending", example = "-name")
            @QueryParam("sort") @DefaultValue("name")
            @Pattern(regexp = SORTABLE, message = "must be name, type or code, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only bodies of this type", example = "PRIMARY_CARE_TRUST")
            @QueryParam("type") @EnumName(PartnerBodyType.class) String type,
            @Parameter(description = "Only bodies with this text in their name, ignoring case", example = "gateshead")
            @QueryParam("q") @Size(max = 200) String q,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<PartnerBodyResponse> page = queries.list(Optional.ofNullable(type).map(PartnerBodyType::valueOf),
                Optional.ofNullable(q), request).map(PartnerBodyResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getPartnerBody", summary = "Read one partner body by id or code")
    @APIResponse(responseCode = "200", description = "The partner body",
            headers = @Header(name = "ETag", description = "The body's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PartnerBodyResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public Response get(@Parameter(description = "Partner body id (UUID) or code, in any case", example = "E08000037")
                        @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        PartnerBody body = queries.require(idOrCode);
        EntityTag etag = ETags.of(body.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(PartnerBodyResponse.of(queries.view(body))).tag(etag).build();
    }

    @POST
    @Operation(operationId = "registerPartnerBody", summary = "Register a partner body")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The new partner body", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PartnerBodyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The code already identifies another partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "A tier missing for a local authority or given for another "
            + "type, or a code that does not fit the type's scheme (ONS GSS, NHS ODS)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response register(@NotNull @Valid PartnerBodyRequest body, @Context UriInfo uri) {
        PartnerBody registered = bodies.register(body.details());
        return Response.created(uri.getAbsolutePathBuilder().path(registered.id().toString()).build())
                .tag(ETags.of(registered.version()))
                .entity(PartnerBodyResponse.of(queries.view(registered)))
                .build();
    }

    @PUT
    @Path("/{idOrCode}")
    @Operation(operationId = "replacePartnerBody",
            summary = "Replace a partner body's details; needs If-Match with the ETag of the last read")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PartnerBodyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The code already identifies another partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "A tier or code that the type does not allow",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response replace(@Parameter(description = "Partner body id (UUID) or code", example = "E08000037")
                            @PathParam("idOrCode") String idOrCode,
                            @Parameter(description = "The ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid PartnerBodyRequest body) {
        PartnerBody revised = bodies.revise(idOrCode, ETags.ifMatch(ifMatch), body.details());
        return Response.ok(PartnerBodyResponse.of(queries.view(revised))).tag(ETags.of(revised.version())).build();
    }

    @GET
    @Path("/{idOrCode}/pilots")
    @Operation(operationId = "listPilotsOfPartnerBody",
            summary = "The pilots a partner body belongs to on a day (today by default), or its whole history")
    @APIResponse(responseCode = "200", description = "One page of the body's membership periods, by pilot name",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response pilots(@Parameter(description = "Partner body id (UUID) or code", example = "E08000037")
                           @PathParam("idOrCode") String idOrCode,
                           @Valid @BeanParam TimeframeParams timeframe,
                           @Valid @BeanParam PageParams paging,
                           @Context UriInfo uri) {
        Page<MembershipResponse> page = memberships.pilotsOf(idOrCode, timeframe.timeframe(),
                access.scope(Permission.READ_PILOT), new PageRequest(paging.page(), paging.size(), "name", false)).map(MembershipResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Path("/{idOrCode}/successions")
    @Operation(operationId = "recordPartnerBodySuccession",
            summary = "A partner body was renamed, merged into another or abolished, with effect from a day; its "
                    + "history stays: past views show it as it was, current views its new name or its successor")
    @APIResponse(responseCode = "201", description = "Recorded; the body is the partner body as it is today",
            headers = {@Header(name = "Location", description = "The partner body", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "The body's new version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PartnerBodyResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such partner body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The body was already merged or abolished: a body ends once",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "effectiveOn not after the body was established or its previous "
            + "succession; a successor missing, unknown, the body itself, not yet established or already ended; a new "
            + "name missing or unchanged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response succeed(@Parameter(description = "Partner body id (UUID) or code", example = "GO-NE")
                            @PathParam("idOrCode") String idOrCode,
                            @NotNull @Valid SuccessionRequest body,
                            @Context UriInfo uri) {
        PartnerBodySuccession succession = successions.succeed(idOrCode, body.kind(), body.effectiveOn(),
                body.successor(), body.reason());
        PartnerBody succeeded = queries.require(succession.bodyId().toString());
        return Response.created(uri.getBaseUriBuilder().path("partner-bodies").path(succeeded.id().toString()).build())
                .tag(ETags.of(succeeded.version()))
                .entity(PartnerBodyResponse.of(queries.view(succeeded)))
                .build();
    }
}
