package org.totalplace.governance.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.totalplace.governance.service.AttendanceQueries;
import org.totalplace.governance.service.AttendanceService;
import org.totalplace.governance.service.AttendanceView;

/** A meeting's attendance register and the quorum it gives. Its ETag is the meeting's. */
@Path("/meetings/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
public class AttendanceResource {

    private final AttendanceService attendance;
    private final AttendanceQueries queries;

    AttendanceResource(AttendanceService attendance, AttendanceQueries queries) {
        this.attendance = attendance;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getAttendance", summary = "Read a meeting's attendance register with its quorum verdict",
            description = "404 until attendance has been recorded.")
    @APIResponse(responseCode = "200", description = "The register and whether it makes the meeting quorate",
            headers = @Header(name = "ETag", description = "The meeting's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AttendanceResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PROGRAMME, record = "id")
    public Response get(@Parameter(description = "Meeting id") @PathParam("id") UUID id, @Context Request request) {
        AttendanceView view = queries.view(id);
        EntityTag etag = ETags.of(view.meetingVersion());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(AttendanceResponse.of(view)).tag(etag).build();
    }

    @PUT
    @Operation(operationId = "recordAttendance", summary = "Record a meeting's whole attendance register; needs the meeting's If-Match",
            description = "Each entry is a membership of the group in post on the meeting date, listed once (422 naming "
                    + "entries[i].membershipId); REPRESENTED names the ALTERNATE standing in for that member (422 on "
                    + "entries[i].representedBy). 409 once the meeting is CANCELLED or its minutes are APPROVED. "
                    + "Publishes totalplace.governance.attendance-recorded.v1.")
    @APIResponse(responseCode = "200", description = "The register as recorded, with its quorum verdict",
            headers = @Header(name = "ETag", description = "The meeting's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AttendanceResponse.class)))
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
                           @Parameter(description = "The meeting's ETag from your last read", example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid AttendanceRequest body) {
        AttendanceView view = attendance.record(id, ETags.ifMatch(ifMatch), body.marks(), body.names());
        return Response.ok(AttendanceResponse.of(view)).tag(ETags.of(view.meetingVersion())).build();
    }
}
