package org.totalplace.pilots.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.totalplace.pilots.domain.SubmissionAction;
import org.totalplace.pilots.service.Page;
import org.totalplace.pilots.service.SubmissionService;
import org.totalplace.pilots.service.SubmissionView;
import org.totalplace.pilots.service.TimetableQueries;

/**
 * A pilot's submissions to the reporting points over HTTP. Who acts is taken from the request's
 * {@code From} header (RFC 9110: the person behind the request) and kept in the submission's history.
 */
@Path("/pilots/{idOrCode}/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Timetable", description = "Phases, milestones, reporting points and submissions")
public class SubmissionResource {

    static final String SORTABLE = "-?(createdAt|state)";
    static final String FROM = "From";

    private final SubmissionService submissions;
    private final TimetableQueries timetable;

    SubmissionResource(SubmissionService submissions, TimetableQueries timetable) {
        this.submissions = submissions;
        this.timetable = timetable;
    }

    @GET
    @Operation(operationId = "listSubmissions", summary = "List a pilot's submissions to the reporting points")
    @APIResponse(responseCode = "200", description = "One page of submissions",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response list(
            @Parameter(description = "Pilot id (UUID) or code", example = "lewisham") @PathParam("idOrCode") String idOrCode,
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "createdAt or state; prefix - for descending", example = "createdAt")
            @QueryParam("sort") @DefaultValue("createdAt")
            @Pattern(regexp = SORTABLE, message = "must be createdAt or state, optionally prefixed with - for descending")
            String sort,
            @Context UriInfo uri) {
        LocalDate today = timetable.today();
        Page<SubmissionResponse> page = timetable.submissions(idOrCode, TimetableParams.pageRequest(paging, sort))
                .map(submission -> SubmissionResponse.of(submission, today));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    @GET
    @Path("/{submissionId}")
    @Operation(operationId = "getSubmission", summary = "Read one of a pilot's submissions, with its history")
    @APIResponse(responseCode = "200", description = "The submission",
            headers = @Header(name = "ETag", description = "The submission's version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, pilot = "idOrCode")
    public Response get(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                        @PathParam("idOrCode") String idOrCode,
                        @PathParam("submissionId") String submissionId,
                        @Context Request request) {
        SubmissionView submission = timetable.submission(idOrCode, submissionId);
        EntityTag etag = ETags.of(submission.submission().version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(SubmissionResponse.of(submission, timetable.today())).tag(etag).build();
    }

    @POST
    @Operation(operationId = "startSubmission", summary = "Start a pilot's DRAFT submission to a reporting point")
    @APIResponse(responseCode = "201", description = "Started as a DRAFT",
            headers = {@Header(name = "Location", description = "The new submission", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The pilot already has a submission to that reporting point",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "No reporting point has that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response start(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                          @PathParam("idOrCode") String idOrCode,
                          @Parameter(description = "Who is acting, kept in the history", example = "john.atkinson@localleadership.gov.uk")
                          @HeaderParam(FROM) String by,
                          @NotNull @Valid SubmissionRequest body,
                          @Context UriInfo uri) {
        SubmissionView submission = submissions.start(idOrCode, body.reportingPoint(), by);
        return Response.created(uri.getAbsolutePathBuilder().path(submission.submission().id().toString()).build())
                .tag(ETags.of(submission.submission().version()))
                .entity(SubmissionResponse.of(submission, timetable.today()))
                .build();
    }

    @PUT
    @Path("/{submissionId}/sections/{section}")
    @Operation(operationId = "writeSubmissionSection",
            summary = "Write one section of a DRAFT or RETURNED submission; needs If-Match with the submission's ETag")
    @APIResponse(responseCode = "200", description = "Written",
            headers = @Header(name = "ETag", description = "The submission's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", description = "No such pilot or submission, or the reporting point's agreed "
            + "structure has no such section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The submission is SUBMITTED or ACCEPTED and cannot be edited",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response writeSection(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                                 @PathParam("idOrCode") String idOrCode,
                                 @PathParam("submissionId") String submissionId,
                                 @Parameter(description = "The section, as the reporting point names it",
                                         example = "financial-implications")
                                 @PathParam("section") @Size(max = 60)
                                 @Pattern(regexp = TimetableParams.SECTION_PATTERN, message = TimetableParams.SECTION_RULE)
                                 String section,
                                 @Parameter(description = "The submission's ETag from your last read", example = "\"0\"")
                                 @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 @NotNull @Valid SectionRequest body) {
        SubmissionView submission = submissions.write(idOrCode, submissionId, section, ETags.ifMatch(ifMatch),
                body.content());
        return answer(submission);
    }

    @POST
    @Path("/{submissionId}/submit")
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client sends, or none, is fine
    @Operation(operationId = "submitSubmission",
            summary = "Submit a DRAFT or RETURNED submission whose required sections are all written; needs If-Match")
    @APIResponse(responseCode = "200", description = "SUBMITTED",
            headers = @Header(name = "ETag", description = "The submission's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "Not DRAFT or RETURNED, or required sections are blank (listed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.EDIT_REGISTER, pilot = "idOrCode")
    public Response submit(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                           @PathParam("idOrCode") String idOrCode,
                           @PathParam("submissionId") String submissionId,
                           @Parameter(description = "The submission's ETag from your last read", example = "\"2\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(description = "Who is acting, kept in the history") @HeaderParam(FROM) String by) {
        return answer(submissions.take(idOrCode, submissionId, SubmissionAction.SUBMIT, ETags.ifMatch(ifMatch), null, by));
    }

    @POST
    @Path("/{submissionId}/accept")
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client sends, or none, is fine
    @Operation(operationId = "acceptSubmission", summary = "Accept a SUBMITTED submission (final); needs If-Match")
    @APIResponse(responseCode = "200", description = "ACCEPTED",
            headers = @Header(name = "ETag", description = "The submission's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The submission is not SUBMITTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.ADMINISTER, pilot = "idOrCode")
    public Response accept(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                           @PathParam("idOrCode") String idOrCode,
                           @PathParam("submissionId") String submissionId,
                           @Parameter(description = "The submission's ETag from your last read", example = "\"3\"")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Parameter(description = "Who is acting, kept in the history") @HeaderParam(FROM) String by) {
        return answer(submissions.take(idOrCode, submissionId, SubmissionAction.ACCEPT, ETags.ifMatch(ifMatch), null, by));
    }

    @POST
    @Path("/{submissionId}/return")
    @Operation(operationId = "returnSubmission",
            summary = "Return a SUBMITTED submission to its pilot, saying why; needs If-Match")
    @APIResponse(responseCode = "200", description = "RETURNED",
            headers = @Header(name = "ETag", description = "The submission's new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", description = "The submission is not SUBMITTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.ADMINISTER, pilot = "idOrCode")
    public Response giveBack(@Parameter(description = "Pilot id (UUID) or code", example = "lewisham")
                             @PathParam("idOrCode") String idOrCode,
                             @PathParam("submissionId") String submissionId,
                             @Parameter(description = "The submission's ETag from your last read", example = "\"3\"")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Parameter(description = "Who is acting, kept in the history") @HeaderParam(FROM) String by,
                             @NotNull @Valid ReturnRequest body) {
        return answer(submissions.take(idOrCode, submissionId, SubmissionAction.RETURN, ETags.ifMatch(ifMatch),
                body.reason(), by));
    }

    private Response answer(SubmissionView submission) {
        return Response.ok(SubmissionResponse.of(submission, timetable.today()))
                .tag(ETags.of(submission.submission().version())).build();
    }
}
