package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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
import org.totalplace.governance.domain.Permission;
import org.totalplace.governance.service.MinutesQueries;
import org.totalplace.governance.service.MinutesService;
import org.totalplace.governance.service.MinutesView;

/**
 * A held meeting's minutes: draft, circulated, amended, approved at a later meeting, then only corrected. Every
 * change needs the meeting's ETag in If-Match and answers its new one.
 */
@Path("/meetings/{id}/minutes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class MinutesResource {

    private final MinutesService minutes;
    private final MinutesQueries queries;

    MinutesResource(MinutesService minutes, MinutesQueries queries) {
        this.minutes = minutes;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getMinutes", summary = "Read a meeting's minutes with their amendments and corrections",
            description = "status NONE (and text null) until a draft is written.")
    @APIResponse(responseCode = "200", description = "The minutes",
            headers = @Header(name = "ETag", description = "The meeting's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MinutesResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response get(@Parameter(description = "Meeting id") @PathParam("id") UUID id, @Context Request request) {
        MinutesView view = queries.view(id);
        EntityTag etag = ETags.of(view.meetingVersion());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(MinutesResponse.of(view)).tag(etag).build();
    }

    @PUT
    @Operation(operationId = "draftMinutes", summary = "Write or replace the draft minutes of a held meeting; needs If-Match",
            description = "409 unless the meeting is HELD and its minutes NONE or DRAFT. Publishes totalplace.governance.minutes-drafted.v1.")
    @APIResponse(responseCode = "200", description = "The minutes, DRAFT",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MinutesResponse.class)))
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
    public Response draftMinutes(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag from your last read", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MinutesTextRequest body) {
        return answer(minutes.draft(id, ETags.ifMatch(ifMatch), body.text()));
    }

    @POST
    @Path("/circulate")
    @Operation(operationId = "circulateMinutes", summary = "Circulate the draft minutes to the group; needs If-Match",
            description = "409 unless DRAFT. From now on the text changes only by amendment. Publishes totalplace.governance.minutes-circulated.v1.")
    @APIResponse(responseCode = "200", description = "The minutes, CIRCULATED",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MinutesResponse.class)))
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
    public Response circulateMinutes(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag from your last read", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(minutes.circulate(id, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/amendments")
    @Operation(operationId = "amendMinutes", summary = "Record an amendment to circulated minutes and take the amended text; needs If-Match",
            description = "409 unless CIRCULATED. The amendment is kept with the text it replaced. Publishes totalplace.governance.minutes-amended.v1.")
    @APIResponse(responseCode = "200", description = "The minutes as amended",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MinutesResponse.class)))
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
    public Response amendMinutes(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag from your last read", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AmendmentRequest body) {
        return answer(minutes.amend(id, ETags.ifMatch(ifMatch), body.amendment().strip(), body.text()));
    }

    @POST
    @Path("/approve")
    @Operation(operationId = "approveMinutes", summary = "Approve circulated minutes at a later meeting of the group; needs If-Match",
            description = "409 unless CIRCULATED; 422 on approvedAtMeetingId unless it is a later meeting (by date) of the same group, not cancelled. Afterwards the minutes, their amendments and the attendance never change. Publishes totalplace.governance.minutes-approved.v1.")
    @APIResponse(responseCode = "200", description = "The minutes, APPROVED",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MinutesResponse.class)))
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
    public Response approveMinutes(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag from your last read", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MinutesApprovalRequest body) {
        return answer(minutes.approve(id, ETags.ifMatch(ifMatch), body.approvedAtMeetingId()));
    }

    @POST
    @Path("/corrections")
    @Operation(operationId = "correctMinutes", summary = "Record a correction beside approved minutes; needs If-Match",
            description = "409 unless APPROVED. The approved text stays as approved; the correction is a record of its own. Publishes totalplace.governance.minutes-corrected.v1.")
    @APIResponse(responseCode = "200", description = "The minutes with the new correction",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MinutesResponse.class)))
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
    public Response correctMinutes(@Parameter(description = "Meeting id") @PathParam("id") UUID id,
            @Parameter(description = "The meeting's ETag from your last read", example = "\"4\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid CorrectionRequest body) {
        return answer(minutes.correct(id, ETags.ifMatch(ifMatch), body.text().strip(), body.reason().strip()));
    }

    private static Response answer(MinutesView view) {
        return Response.ok(MinutesResponse.of(view)).tag(ETags.of(view.meetingVersion())).build();
    }
}
