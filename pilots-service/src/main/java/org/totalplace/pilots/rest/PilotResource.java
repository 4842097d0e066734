package org.totalplace.pilots.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.PageRequest;
import org.totalplace.pilots.service.PilotQueries;
import org.totalplace.pilots.service.PilotService;

/** The pilot register over HTTP. Decisions live in the service and the domain; this class translates. */
@Path("/pilots")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pilots", description = "The Total Place pilot places")
public class PilotResource {

    /** The fields a list may be sorted by; {@code -name} sorts descending. */
    static final String SORTABLE = "-?(code|name|region)";

    private final PilotService pilots;
    private final PilotQueries queries;
    private final Access access;

    PilotResource(PilotService pilots, PilotQueries queries, Access access) {
        this.access = access;
        this.pilots = pilots;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listPilots",
            summary = "List pilots, a page at a time, optionally by region, theme, council type, phase or overdue")
    @APIResponse(responseCode = "200", description = "One page of pilots",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "code, name or region; prefix - for descending", example = "-name")
            @QueryParam("sort") @DefaultValue("code")
            @Pattern(regexp = SORTABLE, message = "must be code, name or region, optionally prefixed with - for descending")
            String sort,
            @Parameter(description = "Only pilots in this region", example = "London")
            @QueryParam("region") @RegionName String region,
            @Valid @BeanParam PilotFilterParams filter,
            @Context UriInfo uri) {
        boolean descending = sort.startsWith("-");
        PageRequest request = new PageRequest(paging.page(), paging.size(), descending ? sort.substring(1) : sort,
                descending);
        Page<PilotResponse> page = queries.list(filter.filter(Region.fromDisplayName(region).orElse(null),
                        access.scope(Permission.READ_PILOT)), request)
                .map(PilotResponse::of);
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{idOrCode}")
    @Operation(operationId = "getPilot", summary = "Read one pilot by id or code")
    @APIResponse(responseCode = "200", description = "The pilot",
            headers = @Header(name = "ETag", description = "The pilot's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response get(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                        @PathParam("idOrCode") String idOrCode,
                        @Context Request request) {
        Pilot pilot = queries.require(idOrCode);
        EntityTag etag = ETags.of(pilot.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(PilotResponse.of(pilot)).tag(etag).build();
    }

    @POST
    @Operation(operationId = "registerPilot", summary = "Register a pilot")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The new pilot", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = PilotResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", description = PilotAreasResource.AREAS_REJECTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response register(@NotNull @Valid PilotRequest body, @Context UriInfo uri) {
        Pilot pilot = pilots.register(body.pilotCode(), body.details(), body.areas());
        return Response.created(uri.getAbsolutePathBuilder().path(pilot.id().toString()).build())
                .tag(ETags.of(pilot.version()))
                .entity(PilotResponse.of(pilot))
                .build();
    }

    @PUT
    @Path("/{idOrCode}")
    @Operation(operationId = "replacePilot",
            summary = "Replace a pilot's details (its code stays); needs If-Match with the ETag of the last read")
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PilotResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", description = PilotAreasResource.AREAS_REJECTED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response replace(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                            @PathParam("idOrCode") String idOrCode,
                            @Parameter(description = "The ETag of your last read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid PilotRequest body) {
        Pilot pilot = pilots.revise(idOrCode, ETags.ifMatch(ifMatch), body.pilotCode(), body.details(),
                body.areas());
        return Response.ok(PilotResponse.of(pilot)).tag(ETags.of(pilot.version())).build();
    }
}
