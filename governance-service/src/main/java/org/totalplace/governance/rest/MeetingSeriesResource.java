package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.totalplace.governance.domain.MeetingSeries;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.GroupQueries;
import org.totalplace.governance.service.MeetingQueries;
import org.totalplace.governance.service.MeetingService;
import org.totalplace.governance.service.NotFoundException;

/** Recurring series of a group's meetings, generated with the group's standing agenda. */
@Path("/groups/{idOrCode}/meeting-series")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingSeriesResource {

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final GroupQueries groups;

    MeetingSeriesResource(MeetingService meetings, MeetingQueries queries, GroupQueries groups) {
        this.meetings = meetings;
        this.queries = queries;
        this.groups = groups;
    }

    @POST
    @Operation(operationId = "createMeetingSeries",
            summary = "Generate a recurring series of the group's meetings, each with the group's standing agenda",
            description = "Dates are counted from the first (monthly from 31 January: 28/29 February, 31 March). The "
                    + "cadence defaults to the group's; a group without a regular cadence must be given one (422). "
                    + "Publishes totalplace.governance.meeting-scheduled.v1 per meeting.")
    @APIResponse(responseCode = "201", description = "The series and its meetings",
            headers = @Header(name = "Location", description = "The new series", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response create(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                           @PathParam("idOrCode") String idOrCode,
                           @NotNull @Valid SeriesRequest body,
                           @Context UriInfo uri) {
        MeetingSeries series = meetings.createSeries(idOrCode, body.details(), body.requestedCadence(),
                body.occurrences());
        return Response.created(uri.getBaseUriBuilder().path("groups").path(series.groupId().toString())
                        .path("meeting-series").path(series.id().toString()).build())
                .entity(SeriesResponse.of(series, queries.ofSeries(series.id())))
                .build();
    }

    @GET
    @Path("/{seriesId}")
    @Operation(operationId = "getMeetingSeries", summary = "Read a series with its meetings in order")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response get(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                        @PathParam("idOrCode") String idOrCode,
                        @Parameter(description = "Series id") @PathParam("seriesId") UUID seriesId) {
        GovernanceGroup group = groups.require(idOrCode);
        MeetingSeries series = queries.requireSeries(seriesId);
        if (!series.groupId().equals(group.id())) {
            throw new NotFoundException("The group " + group.code() + " has no meeting series with the id '" + seriesId + "'");
        }
        return Response.ok(SeriesResponse.of(series, queries.ofSeries(series.id()))).build();
    }
}
