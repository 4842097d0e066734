package org.totalplace.governance.rest;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
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
import org.totalplace.governance.service.AttendanceService;
import org.totalplace.governance.service.MeetingQueries;

/** Recording that a meeting took place. */
@Path("/meetings/{id}/held")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class HeldMeetingResource {

    private final AttendanceService attendance;
    private final MeetingQueries queries;

    HeldMeetingResource(AttendanceService attendance, MeetingQueries queries) {
        this.attendance = attendance;
        this.queries = queries;
    }

    @POST
    @Operation(operationId = "holdMeeting", summary = "Record that a scheduled meeting was held; needs If-Match",
            description = "409 unless SCHEDULED, on or before today, with its attendance recorded. Stores whether it "
                    + "was quorate and moves the group's open business to its next scheduled meeting. "
                    + "Publishes totalplace.governance.meeting-held.v1.")
    @APIResponse(responseCode = "200", description = "The held meeting, with quorate",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response hold(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                         @Parameter(description = "The meeting's ETag from your last read", example = "\"3\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Meeting meeting = attendance.hold(id, ETags.ifMatch(ifMatch));
        return Response.ok(MeetingResponse.of(meeting, queries.agenda(id))).tag(ETags.of(meeting.version())).build();
    }
}
