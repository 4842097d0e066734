package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.ActionService;
import org.totalplace.governance.service.MeetingQueries;

/** Actions given at a held meeting; they are then read and closed at {@code /actions}. */
@Path("/meetings/{id}/actions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions and actions")
public class MeetingActionsResource {

    private final ActionService actions;
    private final MeetingQueries meetings;

    MeetingActionsResource(ActionService actions, MeetingQueries meetings) {
        this.actions = actions;
        this.meetings = meetings;
    }

    @POST
    @Operation(operationId = "recordAction", summary = "Give someone an action at a held meeting; needs If-Match",
            description = "If-Match is the meeting's ETag, and the ETag answered is the meeting's new version (the "
                    + "action's own version, 0, is in the body). 409 unless the meeting is HELD and its minutes are not "
                    + "APPROVED; 422 when agendaItemId or decisionId is not of this meeting, or dueDate is before it. "
                    + "The action goes on the group's next scheduled meeting as matters arising, and on each one after "
                    + "while it is OPEN. Publishes totalplace.governance.action-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded, OPEN",
            headers = {@Header(name = "Location", description = "The action", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ActionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", ref = "RuleViolation")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response record(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                           @Parameter(description = "The meeting's ETag from your last read", example = "\"4\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ActionRequest body,
                           @Context UriInfo uri) {
        ActionItem action = actions.record(id, ETags.ifMatch(ifMatch), body.details());
        return Response.created(uri.getBaseUriBuilder().path("actions").path(action.id().toString()).build())
                .tag(ETags.of(meetings.require(id).version()))
                .entity(ActionResponse.of(action))
                .build();
    }
}
