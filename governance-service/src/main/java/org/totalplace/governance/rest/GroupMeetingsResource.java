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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.MeetingQueries;
import org.totalplace.governance.service.MeetingService;
import org.totalplace.governance.service.Page;
import org.totalplace.governance.service.PageRequest;

/** A group's meetings: the calendar, and scheduling a one-off meeting. */
@Path("/groups/{idOrCode}/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Meetings of the governance groups, their agendas, and recurring series")
public class GroupMeetingsResource {

    private final MeetingService meetings;
    private final MeetingQueries queries;

    GroupMeetingsResource(MeetingService meetings, MeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "listMeetings", summary = "The group's meetings in calendar order, optionally within days and of one status")
    @APIResponse(responseCode = "200", description = "One page of meetings (without their agendas)",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "idOrCode")
    public Response list(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                         @PathParam("idOrCode") String idOrCode,
                         @Valid @BeanParam MeetingListParams filter,
                         @Valid @BeanParam PageParams paging,
                         @Context UriInfo uri) {
        Page<MeetingResponse> page = queries.list(idOrCode, filter.fromDay(), filter.toDay(), filter.meetingStatus(),
                        new PageRequest(paging.page(), paging.size(), "date", false))
                .map(meeting -> MeetingResponse.of(meeting, List.of()));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @POST
    @Operation(operationId = "scheduleMeeting", summary = "Schedule a one-off meeting of the group",
            description = "With standingAgenda: true it starts with the group's standing agenda. The group's open "
                    + "business (barriers at the tier it holds) is placed on it if it is the group's next meeting. "
                    + "Publishes totalplace.governance.meeting-scheduled.v1 (and agenda-item-added.v1 for carried business).")
    @APIResponse(responseCode = "201", description = "Scheduled",
            headers = {@Header(name = "Location", description = "The new meeting", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response schedule(@Parameter(description = "Group id (UUID) or code", example = "officials-group")
                             @PathParam("idOrCode") String idOrCode,
                             @NotNull @Valid MeetingRequest body,
                             @Context UriInfo uri) {
        Meeting meeting = meetings.schedule(idOrCode, body.details(), body.withStandingAgenda());
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(meeting.id().toString()).build())
                .tag(ETags.of(meeting.version()))
                .entity(MeetingResponse.of(meeting, queries.agenda(meeting.id())))
                .build();
    }

    /** The OpenAPI shape of one page of meetings ({@link PageResponse} of {@link MeetingResponse}). */
    @Schema(name = "MeetingPage")
    record MeetingPage(List<MeetingResponse> items, int page, int size, long total) {
    }
}
