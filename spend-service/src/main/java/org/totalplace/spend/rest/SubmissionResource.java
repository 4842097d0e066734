package org.totalplace.spend.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.ColumnMapping;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.Submission;
import org.totalplace.spend.domain.SubmissionMoves;
import org.totalplace.spend.domain.SubmissionState;
import org.totalplace.spend.service.ImportQueries;
import org.totalplace.spend.service.ImportReport;
import org.totalplace.spend.service.InvalidRequestException;
import org.totalplace.spend.service.LedgerBreaks;
import org.totalplace.spend.service.LedgerImportService;
import org.totalplace.spend.service.MappingProfileService;
import org.totalplace.spend.service.Page;
import org.totalplace.spend.service.SubmissionService;
import org.totalplace.spend.service.Violation;

/** Submissions (a body × a pilot × a financial year) and the ledger files imported into them. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions", description = "A body's ledgers for a pilot and a year, imported and moderated")
public class SubmissionResource {

    static final String STATES = "DRAFT|SUBMITTED|MODERATED|ACCEPTED";

    static final String CSV = "text/csv";
    static final String REPORT_EXAMPLE = """
            {"id":"3f0e2b8a-7c1d-4e5f-9a0b-1c2d3e4f5a6b","submissionId":"8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d",\
            "contentSha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",\
            "encoding":"US-ASCII (detected)","rows":{"read":5143,"accepted":5142,"rejected":0,"skippedTotal":1,\
            "skippedBlank":0},"acceptedTotal":{"amount":"13582630.77","currency":"GBP"},"rejectedRows":[],\
            "duplicateLines":0,"duplicateWarnings":[],"withdrawn":false,"withdrawnAt":null,"withdrawnReason":null,\
            "createdAt":"2011-10-03T09:00:00Z"}""";

    private final SubmissionService submissions;
    private final LedgerImportService imports;
    private final ImportQueries importQueries;
    private final MappingProfileService profiles;
    private final ObjectMapper json;
    private final LedgerBreaks breaks;
    private final Access access;
    private final SpendPlaces places;
    private final CheckedBodies bodies;

    SubmissionResource(SubmissionService submissions, LedgerImportService imports, ImportQueries importQueries,
                       MappingProfileService profiles, ObjectMapper json, LedgerBreaks breaks, Access access,
                       SpendPlaces places, CheckedBodies bodies) {
        this.access = access;
        this.places = places;
        this.bodies = bodies;
        this.json = json;
        this.breaks = breaks;
        this.submissions = submissions;
        this.imports = imports;
        this.importQueries = importQueries;
        this.profiles = profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "openSubmission", summary = "Open a draft submission: one body's spending in a pilot for a year")
    @APIResponse(responseCode = "201", description = "Opened, as DRAFT",
            headers = {@Header(name = "Location", description = "The new submission", schema = @Schema(type = SchemaType.STRING)),
                       @Header(name = "ETag", description = "Its version", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SubmissionJson.Response.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.SUBMIT_SPEND)
    public Response open(@NotNull SubmissionJson.OpenRequest request, @Context UriInfo uri) {
        if (request.pilotId() != null) {
            access.require(Permission.SUBMIT_SPEND, places.pilot(request.pilotId()));
        }
        bodies.valid(request);
        Submission submission = submissions.open(request.pilotId(), request.body(),
                FinancialYear.parse(request.financialYear()));
        return Response.created(uri.getAbsolutePathBuilder().path(submission.id().toString()).build())
                .tag(ETags.of(submission.version()))
                .entity(SubmissionJson.Response.of(submission, submissions.acceptedTotal(submission.id())))
                .build();
    }

    @GET
    @Operation(operationId = "listSubmissions",
            summary = "List submissions, newest first, optionally of one pilot, financial year and/or state")
    @APIResponse(responseCode = "200", description = "One page of submissions, each with the total of its imports not withdrawn",
            headers = @Header(name = "Link", description = "rel=\"next\" and rel=\"prev\" pages, where they exist", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionPage.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PILOT)
    public Response list(
            @Valid @BeanParam PageParams paging,
            @Parameter(description = "Only this pilot's submissions", example = "5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11")
            @QueryParam("pilotId") @Pattern(regexp = SpendLineResource.UUID_PATTERN, message = "must be a UUID")
            String pilotId,
            @Parameter(description = "Only submissions for this financial year", example = "2011-12")
            @QueryParam("financialYear") @FinancialYearText
            String financialYear,
            @Parameter(description = "Only submissions in this state", example = "SUBMITTED")
            @QueryParam("state") @Pattern(regexp = STATES, message = "must be one of " + STATES)
            String state,
            @Context UriInfo uri) {
        Page<SubmissionJson.Response> page = submissions.list(access.scope(Permission.READ_PILOT),
                        Optional.ofNullable(pilotId).map(UUID::fromString),
                        Optional.ofNullable(financialYear).map(FinancialYear::parse),
                        Optional.ofNullable(state).map(SubmissionState::valueOf),
                        paging.page(), paging.size())
                .map(submission -> SubmissionJson.Response.of(submission, submissions.acceptedTotal(submission.id())));
        return Response.ok(new PageResponse<>(page.items(), paging.page(), paging.size(), page.total()))
                .header("Link", paging.linkHeader(uri, page.total()))
                .build();
    }

    /** The OpenAPI shape of one page of submissions ({@link PageResponse} of {@link SubmissionJson.Response}). */
    @Schema(name = "SubmissionPage")
    record SubmissionPage(List<SubmissionJson.Response> items, int page, int size, long total) {
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSubmission", summary = "Read a submission, with the total of its imports not withdrawn")
    @APIResponse(responseCode = "200", description = "The submission",
            headers = @Header(name = "ETag", description = "Its version, to send back in If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionJson.Response.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response get(@Parameter(description = "Submission id") @PathParam("id") String id, @Context Request request) {
        Submission submission = submissions.require(Ids.parse(id, "submission"));
        EntityTag etag = ETags.of(submission.version());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(SubmissionJson.Response.of(submission, submissions.acceptedTotal(submission.id())))
                .tag(etag).build();
    }

    @GET
    @Path("/{id}/moderation/breaks")
    @Operation(operationId = "getSubmissionBreaks",
            summary = "Sudden month-on-month breaks in a submission's ledger lines",
            description = "The lines of its imports not withdrawn, summed by month. "
                    + org.totalplace.spend.domain.MonthlyBreaks.METHOD)
    @APIResponse(responseCode = "200", description = "The submission's months and breaks",
            content = @Content(schema = @Schema(implementation = ModerationJson.Breaks.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public ModerationJson.Breaks breaks(@Parameter(description = "Submission id") @PathParam("id") String id,
                                        @Valid @BeanParam BreakParams params) {
        UUID submissionId = Ids.parse(id, "submission");
        java.math.BigDecimal factor = params.factor();
        LedgerBreaks.BodyBreaks body = breaks.ofSubmission(submissionId, factor, params.minMonths());
        Submission submission = submissions.require(submissionId);
        return ModerationJson.breaks(submissionId, submission.pilotId(), submission.financialYear().toString(), factor,
                params.minMonths(), List.of(body));
    }

    @PUT
    @Path("/{id}/state")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveSubmission", summary = "Move a submission to another state; needs If-Match",
            description = "DRAFT → SUBMITTED → MODERATED → ACCEPTED one step at a time, or back to DRAFT from SUBMITTED "
                    + "or MODERATED; ACCEPTED is final. Any other move is 409 with the reason. Submitting and moving back "
                    + "to DRAFT are for the pilot's staff, moderating and accepting for moderators (403 otherwise). "
                    + "Publishes totalplace.spend.submission-state-changed.v1, keyed by the pilot id.")
    @APIResponse(responseCode = "200", description = "Moved",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubmissionJson.Response.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public Response move(@Parameter(description = "Submission id") @PathParam("id") String id,
                         @Parameter(description = "The submission's ETag from your last read", example = "\"0\"")
                         @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @NotNull SubmissionJson.MoveRequest request) {
        // the filter let through readers of the submission; the move itself is the submitters' or the moderators'
        Optional<SubmissionState> target = SubmissionState.named(request.state());
        if (target.isPresent()) {
            access.require(SubmissionMoves.permissionToMoveTo(target.get()),
                    places.record(SubmissionResource.class, id));
        }
        bodies.valid(request);
        UUID submissionId = Ids.parse(id, "submission");
        long expected = ETags.ifMatch(ifMatch);
        Submission submission = submissions.moveTo(submissionId, SubmissionState.fromWire(request.state()), expected);
        return Response.ok(SubmissionJson.Response.of(submission, submissions.acceptedTotal(submissionId)))
                .tag(ETags.of(submission.version())).build();
    }

    @POST
    @Path("/{id}/imports")
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "importLedgerFile", summary = "Import a ledger file, as published, into a DRAFT submission",
            description = "The body is the CSV file as published (first line: its header). text/csv may say its "
                    + "charset; application/octet-stream takes ?encoding=. Either may be UTF-8 or windows-1252; "
                    + "undeclared, the first non-ASCII byte decides. The query names the columns by header text. "
                    + "The answer is the reconciliation report. The same content, already imported and not "
                    + "withdrawn, is refused with 409 naming the earlier import. Publishes "
                    + "totalplace.spend.import-reconciled.v1, keyed by the pilot id.")
    @RequestBody(required = true, content = {
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "Gateshead, September 2011", value = """
                            Strgrp(T),Cipfsubj(T),Cipfsubs(T),TransNo,Sequence No,Period,Supplier id(T),Amount,Updated
                            Central Services,Supplies and Services,"Printing, Stationery etc",45112261,2,201106,FORCE TWO LTD,513.00,2011-09-05
                            ,,,,,,,13582630.77,
                            """)),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported; the reconciliation report",
            headers = @Header(name = "Location", description = "The import", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJson.Report.class),
                    examples = @ExampleObject(name = "Gateshead, September 2011", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, record = "id")
    public Response importFile(
            @Parameter(description = "Submission id") @PathParam("id") String id,
            @Parameter(description = "UTF-8 or windows-1252; for application/octet-stream (text/csv may use charset)")
            @QueryParam("encoding") String encoding,
            @Parameter(description = "Header of the amount column (required)", example = "Amount")
            @QueryParam("amount") String amount,
            @Parameter(description = "Header of the payment date column", example = "Updated")
            @QueryParam("date") String date,
            @Parameter(description = "Layout of the dates: yyyy-MM-dd (default), dd/MM/yyyy, dd-MM-yyyy, dd.MM.yyyy")
            @QueryParam("dateFormat") String dateFormat,
            @Parameter(description = "Header of the period column", example = "Period")
            @QueryParam("period") String period,
            @Parameter(description = "Header of the supplier column", example = "Supplier id(T)")
            @QueryParam("supplier") String supplier,
            @Parameter(description = "Headers of the service level columns, broadest first (repeat, up to 3), "
                    + "e.g. serviceLevel=Strgrp(T)&serviceLevel=Cipfsubj(T)")
            @QueryParam("serviceLevel") List<String> serviceLevels,
            @Parameter(description = "Headers of the transaction reference columns (repeat, up to 3; joined with /), "
                    + "e.g. transactionRef=TransNo&transactionRef=Sequence No")
            @QueryParam("transactionRef") List<String> transactionRef,
            @Parameter(description = "A saved mapping profile's id, instead of naming the columns here")
            @QueryParam("profile") String profile,
            @Parameter(description = "The whole mapping as one JSON object (as in a profile), instead of naming the "
                    + "columns one by one", example = "{\"amount\":\"Amount\",\"supplier\":\"Supplier id(T)\"}")
            @QueryParam("mapping") String mappingJson,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream content,
            @Context UriInfo uri) {
        UUID submissionId = Ids.parse(id, "submission");
        boolean inline = amount != null || date != null || dateFormat != null || period != null || supplier != null
                || !serviceLevels.isEmpty() || !transactionRef.isEmpty();
        if ((profile != null ? 1 : 0) + (mappingJson != null ? 1 : 0) + (inline ? 1 : 0) > 1) {
            String field = profile != null ? "profile" : "mapping";
            throw new InvalidRequestException("Give the mapping one way: profile, mapping or the column parameters",
                    List.of(new Violation(field, "cannot be combined with another way of giving the mapping")));
        }
        ColumnMapping mapping;
        if (profile != null) {
            mapping = profileMapping(profile);
        } else if (mappingJson != null) {
            mapping = jsonMapping(mappingJson);
        } else {
            mapping = new MappingJson.Mapping(amount, date, dateFormat, period, supplier, serviceLevels, transactionRef)
                    .toDomain("");
        }
        ImportReport report = imports.importFile(submissionId, content, charset(encoding, contentType), mapping);
        return Response.created(uri.getBaseUriBuilder().path("imports").path(report.ledgerImport().id().toString())
                        .build())
                .entity(ImportJson.Report.of(report)).build();
    }

    @GET
    @Path("/{id}/imports")
    @Operation(operationId = "listSubmissionImports", summary = "The imports of a submission, oldest first, withdrawn ones included")
    @APIResponse(responseCode = "200", description = "Their reconciliation reports",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportJson.Report.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public List<ImportJson.Report> listImports(@Parameter(description = "Submission id") @PathParam("id") String id) {
        UUID submissionId = submissions.require(Ids.parse(id, "submission")).id();
        return importQueries.ofSubmission(submissionId).stream()
                .map(imported -> ImportJson.Report.of(importQueries.report(imported.id()))).toList();
    }

    /** The mapping given as one JSON object in the query. */
    private ColumnMapping jsonMapping(String text) {
        MappingJson.Mapping parsed;
        try {
            parsed = json.readValue(text, MappingJson.Mapping.class);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException("mapping is not a JSON column mapping: " + e.getOriginalMessage(),
                    List.of(new Violation("mapping", "must be a JSON object such as {\"amount\":\"Amount\"}")));
        }
        if (parsed == null) {
            throw new InvalidRequestException("mapping must be a JSON object",
                    List.of(new Violation("mapping", "must be a JSON object such as {\"amount\":\"Amount\"}")));
        }
        return parsed.toDomain("mapping.");
    }

    /** A saved profile's mapping. */
    private ColumnMapping profileMapping(String profile) {
        UUID id;
        try {
            id = UUID.fromString(profile);
        } catch (IllegalArgumentException notAUuid) {
            throw new InvalidRequestException("profile must be a UUID", List.of(new Violation("profile", "must be a UUID")));
        }
        return profiles.mappingForImport(id);
    }

    /** The declared encoding: ?encoding= or the charset of text/csv (they must agree); null means detect. */
    static Charset charset(String encoding, String contentType) {
        Charset fromQuery = encoding == null ? null : known(encoding, "encoding");
        Charset fromType = null;
        if (contentType != null) {
            MediaType type = MediaType.valueOf(contentType);
            String declared = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (declared != null) {
                fromType = known(declared, HttpHeaders.CONTENT_TYPE);
            }
        }
        if (fromQuery != null && fromType != null && !fromQuery.equals(fromType)) {
            throw new InvalidRequestException("encoding says " + fromQuery.name() + " but the Content-Type says "
                    + fromType.name(), List.of(new Violation("encoding", "must agree with the Content-Type charset")));
        }
        return fromQuery != null ? fromQuery : fromType;
    }

    private static Charset known(String name, String field) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            // as the WHATWG Encoding Standard does, ISO-8859-1 labels are read as windows-1252, its superset
            case "windows-1252", "cp1252", "iso-8859-1", "latin1" -> Charset.forName("windows-1252");
            case "us-ascii", "ascii" -> StandardCharsets.US_ASCII;
            default -> throw new InvalidRequestException(field + " must be UTF-8 or windows-1252 (or US-ASCII)",
                    List.of(new Violation(field, "must be UTF-8 or windows-1252 (or US-ASCII)")));
        };
    }
}
