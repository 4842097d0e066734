package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.pilots.domain.Permission;
import org.totalplace.pilots.domain.Milestone;
import org.totalplace.pilots.service.MilestoneService;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.TimetableQueries;

/** A pilot's milestones over HTTP. */
@Path("/pilots/{idOrCode}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timetable", description = "Phases, milestones, reporting points and submissions")
public class MilestoneResource {

    static final String SORTABLE = "-?(dueDate|title|createdAt)";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final MilestoneService milestones;
    private final TimetableQueries timetable;

    MilestoneResource(MilestoneService milestones, TimetableQueries timetable) {
        this.milestones = milestones;
        this.timetable = timetable;
    }

    @GET
    @Operation(operationId = "listMilestones", summary = "List a pilot's milestones, by due date unless sorted otherwise")
    @APIResponse(responseCode = "200", description = "One page of milestones",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response list(
            @Parameter(description = "Pilot id (UUID) or code", example = "lewisham") @PathParam("idOrCode") String idOrCode,
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "dueDate, title or createdAt; prefix - for descending", example = "dueDate")
            @QueryParam("sort") @DefaultValue("dueDate")
            @Pattern(regexp = SORTABLE, message = "must be dueDate, title or createdAt, optionally prefixed with - for descending")
            String sort,
            @Context UriInfo uri) {
        LocalDate today = timetable.today();
        Page<MilestoneResponse> page = timetable.milestones(idOrCode, TimetableParams.pageRequest(paging, sort))
                .map(milestone -> MilestoneResponse.of(milestone, today));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{milestoneId}")
    @Operation(operationId = "getMilestone", summary = "Read one of a pilot's milestones")
    @APIResponse(responseCode = "200", description = "The milestone",
            headers = @Header(name = "ETag", description = "The milestone's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response get(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                        @PathParam("idOrCode") String idOrCode,
                        @PathParam("milestoneId") String milestoneId,
                        @Context Request request) {
        Milestone milestone = timetable.milestone(idOrCode, milestoneId);
        EntityTag etag = ETags.of(milestone.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(MilestoneResponse.of(milestone, timetable.today())).tag(etag).build();
    }

    @POST
    @Operation(operationId = "planMilestone", summary = "Plan a milestone of a pilot")
    @APIResponse(responseCode = "201", description = "Planned",
            headers = {@Header(name = "Location", description = "The new milestone", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response plan(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                         @PathParam("idOrCode") String idOrCode,
                         @NotNull @Valid MilestoneRequest body,
                         @Context UriInfo uri) {
        Milestone milestone = milestones.plan(idOrCode, body.title(), body.programmePhase(), body.dueDate());
        return Response.created(uri.getAbsolutePathBuilder().path(milestone.id().toString()).build())
                .tag(ETags.of(milestone.version()))
                .entity(MilestoneResponse.of(milestone, timetable.today()))
                .build();
    }

    @PATCH
    @Path("/{milestoneId}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "changeMilestone",
            summary = "Change a PLANNED milestone's title or due date, or record it MET or MISSED (final); "
                    + "needs If-Match with the milestone's ETag")
    @APIResponse(responseCode = "200", description = "Changed",
            headers = @Header(name = "ETag", description = "The new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MilestoneResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "metOn is missing for MET, given for another status, or after today",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response change(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                           @PathParam("idOrCode") String idOrCode,
                           @PathParam("milestoneId") String milestoneId,
                           @Parameter(description = "The milestone's ETag from your last read", example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid MilestonePatch body) {
        Milestone milestone = milestones.change(idOrCode, milestoneId, ETags.ifMatch(ifMatch), body.change());
        return Response.ok(MilestoneResponse.of(milestone, timetable.today())).tag(ETags.of(milestone.version())).build();
    }
}
