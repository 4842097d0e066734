package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.totalplace.governance.service.AgendaService;
import org.totalplace.governance.service.MeetingQueries;

/**
 * Editing one item of a scheduled meeting's agenda. Every change needs the meeting's ETag in If-Match and answers
 * the whole meeting with its new ETag; once the meeting is HELD or CANCELLED its agenda is fixed (409).
 */
@Path("/meetings/{id}/agenda/{itemId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AgendaResource {

    private static final String PUBLISHES = " Publishes totalplace.governance.agenda-item-changed.v1.";

    private final AgendaService agendas;
    private final MeetingQueries queries;

    AgendaResource(AgendaService agendas, MeetingQueries queries) {
        this.agendas = agendas;
        this.queries = queries;
    }

    @PUT
    @Path("/paper")
    @Operation(operationId = "attachPaperToAgendaItem", summary = "Take an agenda item with a paper of the meeting's group; needs If-Match",
            description = "Replaces any paper the item had. An unknown paper, or one of another group, is a 422." + PUBLISHES)
    @APIResponse(responseCode = "200", description = "The meeting with its agenda",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
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
    public Response attachPaper(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                                @Parameter(description = "Agenda item id") @PathParam("itemId") UUID itemId,
                                @Parameter(description = "The meeting's ETag from your last read", example = "\"0\"",
                                        schema = @Schema(type = SchemaType.STRING))
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull @Valid AttachPaperRequest body) {
        return meeting(agendas.attachPaper(id, itemId, ETags.ifMatch(ifMatch), body.paperId()));
    }

    @DELETE
    @Path("/paper")
    @Operation(operationId = "detachPaperFromAgendaItem", summary = "Take an agenda item without a paper; needs If-Match",
            description = "Nothing to detach is no error." + PUBLISHES)
    @APIResponse(responseCode = "200", description = "The meeting with its agenda",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response detachPaper(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                                @Parameter(description = "Agenda item id") @PathParam("itemId") UUID itemId,
                                @Parameter(description = "The meeting's ETag from your last read", example = "\"1\"",
                                        schema = @Schema(type = SchemaType.STRING))
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return meeting(agendas.detachPaper(id, itemId, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/move")
    @Operation(operationId = "moveAgendaItem", summary = "Move an agenda item to another position; needs If-Match",
            description = "The items in between shift by one, so positions stay 1..n; a position beyond the last is "
                    + "a 422." + PUBLISHES)
    @APIResponse(responseCode = "200", description = "The meeting with its agenda in the new order",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
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
    public Response move(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                         @Parameter(description = "Agenda item id") @PathParam("itemId") UUID itemId,
                         @Parameter(description = "The meeting's ETag from your last read", example = "\"0\"",
                                 schema = @Schema(type = SchemaType.STRING))
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull @Valid MoveAgendaItemRequest body) {
        return meeting(agendas.move(id, itemId, ETags.ifMatch(ifMatch), body.position()));
    }

    @DELETE
    @Operation(operationId = "removeAgendaItem", summary = "Take an ADDED item off the agenda; needs If-Match",
            description = "STANDING, BARRIER and MATTERS_ARISING items stay (409 naming the kind). The items after it "
                    + "move up one." + PUBLISHES)
    @APIResponse(responseCode = "200", description = "The meeting with its agenda, renumbered",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.GOVERN)
    public Response remove(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
                           @Parameter(description = "Agenda item id") @PathParam("itemId") UUID itemId,
                           @Parameter(description = "The meeting's ETag from your last read", example = "\"0\"",
                                   schema = @Schema(type = SchemaType.STRING))
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return meeting(agendas.remove(id, itemId, ETags.ifMatch(ifMatch)));
    }

    private Response meeting(Meeting meeting) {
        return Response.ok(MeetingResponse.of(meeting, queries.agenda(meeting.id()))).tag(ETags.of(meeting.version())).build();
    }
}
