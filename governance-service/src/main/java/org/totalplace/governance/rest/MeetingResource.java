package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.MeetingQueries;
import org.totalplace.governance.service.MeetingService;

/** One meeting: reading it with its agenda, adding to the agenda before the day, calling it off. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MeetingResource {

    private final MeetingService meetings;
    private final MeetingQueries queries;

    MeetingResource(MeetingService meetings, MeetingQueries queries) {
        this.meetings = meetings;
        this.queries = queries;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMeeting", summary = "Read one meeting with its agenda in order")
    @APIResponse(responseCode = "200", description = "The meeting",
            headers = @Header(name = "ETag", description = "The meeting's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response get(@Parameter(description = "Meeting id") @PathParam("id") UUID id, @Context Request request) {
        Meeting meeting = queries.require(id);
        EntityTag etag = ETags.of(meeting.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(MeetingResponse.of(meeting, queries.agenda(id))).tag(etag).build();
    }

    @POST
    @Path("/{id}/agenda")
    @Operation(operationId = "addAgendaItem", summary = "Add an item after the last one of a scheduled meeting's agenda; needs If-Match",
            description = "409 once the meeting is HELD or CANCELLED. The ETag answered is the meeting's new version. "
                    + "Publishes totalplace.governance.agenda-item-added.v1.")
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location", description = "The meeting the item is on", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = AgendaItemResponse.class)))
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
    public Response addItem(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                            @Parameter(description = "The meeting's ETag from your last read", example = "\"0\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid AgendaItemRequest body,
                            @Context UriInfo uri) {
        AgendaItem item = meetings.addItem(id, ETags.ifMatch(ifMatch), body.details());
        return Response.created(uri.getBaseUriBuilder().path("meetings").path(id.toString()).build())
                .tag(ETags.of(queries.require(id).version()))
                .entity(AgendaItemResponse.of(item))
                .build();
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelMeeting", summary = "Call off a scheduled meeting; needs If-Match",
            description = "409 unless SCHEDULED. Open business on its agenda moves to the group's next scheduled meeting. "
                    + "Publishes totalplace.governance.meeting-cancelled.v1.")
    @APIResponse(responseCode = "200", description = "The cancelled meeting",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
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
    public Response cancel(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                           @Parameter(description = "The meeting's ETag from your last read", example = "\"0\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid CancelMeetingRequest body) {
        Meeting meeting = meetings.cancel(id, ETags.ifMatch(ifMatch), body.reason());
        return Response.ok(MeetingResponse.of(meeting, queries.agenda(id))).tag(ETags.of(meeting.version())).build();
    }
}
