package org.totalplace.reporting.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.report.BoardPaper;
import org.totalplace.reporting.domain.report.BoardPapers;
import org.totalplace.reporting.domain.report.BudgetDocument;
import org.totalplace.reporting.domain.report.BudgetReport;
import org.totalplace.reporting.domain.report.BudgetReports;
import org.totalplace.reporting.domain.report.FortnightlyUpdate;
import org.totalplace.reporting.domain.report.FortnightlyUpdates;
import org.totalplace.reporting.domain.report.PbrSummaries;
import org.totalplace.reporting.domain.report.PbrSummary;
import org.totalplace.reporting.domain.report.PilotComparison;
import org.totalplace.reporting.domain.report.PilotComparisons;
import org.totalplace.reporting.service.Reports;

/**
 * The programme's reports, each as of an instant ({@code asOf}): JSON by default, CSV of a table on request;
 * {@link ReportFormats} decides the form. Each {@code *Rendition} method gives the report with its document, for
 * whatever renders it.
 */
@Path("/reports")
@Produces({MediaType.APPLICATION_JSON, ReportFormats.TEXT_CSV, MediaType.TEXT_HTML, ReportFormats.APPLICATION_PDF})
@Tag(name = "Reports", description = "Budget report, PBR summary, fortnightly update, board paper, pilot comparison")
public class ReportsResource {

    static final String AS_OF = "The report shows the events up to this instant: ISO-8601 instant, or a date meaning "
            + "the end of that day (UTC); default now";
    static final String FORMAT = "json (default), csv (one table), html (a printable page with charts) or pdf; "
            + "else the Accept header decides";
    static final String TABLE = "CSV only: which table (default the report's first)";
    static final String BAD_PARAMETER = """
            {"type":"urn:totalplace:problem:validation","title":"The request is not valid","status":400,\
            "detail":"asOf must be an ISO-8601 instant (2010-02-05T17:00:00Z) or date (2010-02-05) (got yesterday)",\
            "instance":"/reports/budget","errors":[{"field":"asOf","message":"must be an ISO-8601 instant \
            (2010-02-05T17:00:00Z) or date (2010-02-05) (got yesterday)"}]}""";

    @Inject
    Reports reports;

    @Inject
    ReportFormats formats;

    @Inject
    Clock clock;

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "listReports", summary = "The reports, with links and parameters",
            description = "JSON by default; a page for people (links to each report as HTML, PDF, JSON and CSV) "
                    + "with ?format=html or when the client prefers text/html, as browsers do.")
    @APIResponse(responseCode = "200", description = "The reports",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReportIndexResponse.class)),
                    @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", description = "The client accepts neither JSON nor HTML",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response index(@Parameter(description = "json (default) or html", example = "html")
                          @QueryParam("format") String format, @Context HttpHeaders headers) {
        ReportFormats.Format form = formats.decide(format, headers);
        return switch (form) {
            case JSON -> Response.ok(ReportIndex.INDEX, MediaType.APPLICATION_JSON_TYPE).build();
            case HTML -> Response.ok(ReportIndex.page(), ReportFormats.HTML_UTF8).build();
            case CSV, PDF -> throw new UnavailableFormatException("format",
                    "The list of reports is given as json or html");
        };
    }

    @GET
    @Path("/budget")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getBudgetReport", summary = "The Budget report",
            description = "Per pilot: the count of a financial year under one rule version (top-down and bottom-up, "
                    + "per capita, by function, moderation state), financial implications of its redesign proposals, "
                    + "the Whitehall changes asked for and its Budget submission; programme totals. CSV tables: "
                    + "pilots (default), functions, implications, body-positions, whitehall-changes, submissions.")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetReportResponse.class)),
                    @Content(mediaType = ReportFormats.TEXT_CSV, examples = @ExampleObject(name = "pilots",
                            value = "pilot,name,region,ruleVersion,currency,topDown,bottomUp,population,topDownPerCapita,"
                                    + "bottomUpPerCapita,moderationState,budgetSubmission,proposals,whitehallChanges\r\n"
                                    + "lewisham,Lewisham,London,2,GBP,2200000000.01,2100000000.00,250000,8800.00,8400.00,"
                                    + "MODERATED,SUBMITTED,1,1\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad asOf", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "406", description = "Not available in the format asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response budget(
            @Parameter(description = AS_OF, example = "2010-02-05") @QueryParam("asOf") String asOf,
            @Parameter(description = "Financial year counted; default 2009-10", example = "2009-10")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Counting rules version; default the highest any pilot was counted under for the "
                    + "year", example = "2") @QueryParam("ruleVersion") String ruleVersion,
            @Parameter(description = "Reporting point of the submissions; default BUDGET-2010", example = "BUDGET-2010")
            @QueryParam("reportingPoint") String reportingPoint,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format,
            @Parameter(description = TABLE, example = "functions") @QueryParam("table") String table,
            @Context HttpHeaders headers) {
        ReportFormats.Format form = formats.decide(format, headers);
        return formats.respond(form, budgetRendition(asOf, financialYear, ruleVersion, reportingPoint), table);
    }

    public ReportFormats.Rendition budgetRendition(String asOf, String financialYear, String ruleVersion,
                                                   String reportingPoint) {
        BudgetReport report = reports.budget(ReportParameters.instant("asOf", asOf, clock),
                ReportParameters.financialYear("financialYear", financialYear, BudgetReports.DEFAULT_YEAR),
                ReportParameters.positive("ruleVersion", ruleVersion),
                ReportParameters.code("reportingPoint", reportingPoint, BudgetReports.DEFAULT_REPORTING_POINT));
        return new ReportFormats.Rendition("budget", BudgetReportResponse.of(report), () -> BudgetDocument.of(report),
                "budget-" + report.financialYear());
    }

    @GET
    @Path("/pbr-summary")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getPbrSummary", summary = "The Pre-Budget Report summary",
            description = "Each pilot's submission to the PBR point, its state and key asks (its sections and its "
                    + "barriers escalated to Whitehall). CSV tables: submissions (default), key-asks.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PbrSummaryResponse.class)),
                    @Content(mediaType = ReportFormats.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad asOf", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "406", description = "Not available in the format asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pbrSummary(
            @Parameter(description = AS_OF, example = "2009-09-30") @QueryParam("asOf") String asOf,
            @Parameter(description = "Reporting point; default PBR-2009", example = "PBR-2009")
            @QueryParam("reportingPoint") String reportingPoint,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format,
            @Parameter(description = TABLE, example = "key-asks") @QueryParam("table") String table,
            @Context HttpHeaders headers) {
        ReportFormats.Format form = formats.decide(format, headers);
        return formats.respond(form, pbrSummaryRendition(asOf, reportingPoint), table);
    }

    public ReportFormats.Rendition pbrSummaryRendition(String asOf, String reportingPoint) {
        PbrSummary summary = reports.pbrSummary(ReportParameters.instant("asOf", asOf, clock),
                ReportParameters.code("reportingPoint", reportingPoint, PbrSummaries.DEFAULT_REPORTING_POINT));
        return new ReportFormats.Rendition("pbr-summary", PbrSummaryResponse.of(summary),
                () -> PbrSummaries.document(summary), "pbr-summary");
    }

    @GET
    @Path("/fortnightly-update")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getFortnightlyUpdate", summary = "The fortnightly Total Place update",
            description = "What changed after 'from' up to and including 'to' (default: the 14 days to asOf): "
                    + "milestones met or missed, decisions, barriers raised, escalated or closed, submissions, "
                    + "expressions of interest; highlights plus detail; and from the knowledge library the items dated "
                    + "in the window: citizens' stories (only with the subject's consent, always anonymised), research, "
                    + "news coverage and practice notes. Numbered by fortnights since 23 September 2008 (the window's "
                    + "last day decides). CSV tables: milestones (default), decisions, barriers, submissions, "
                    + "expressions-of-interest, events, stories, research, news, practice-notes.")
    @APIResponse(responseCode = "200", description = "The update",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FortnightlyUpdateResponse.class)),
                    @Content(mediaType = ReportFormats.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter cannot be read, or 'from' is not before 'to'",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad asOf", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "406", description = "Not available in the format asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response fortnightlyUpdate(
            @Parameter(description = AS_OF + "; the window's end unless 'to' is given", example = "2010-07-27")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "Window start (exclusive), instant or date (its end); default 14 days before 'to'",
                    example = "2010-07-13") @QueryParam("from") String from,
            @Parameter(description = "Window end (inclusive), instant or date (its end); default asOf",
                    example = "2010-07-27") @QueryParam("to") String to,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format,
            @Parameter(description = TABLE, example = "barriers") @QueryParam("table") String table,
            @Context HttpHeaders headers) {
        ReportFormats.Format form = formats.decide(format, headers);
        return formats.respond(form, fortnightlyUpdateRendition(asOf, from, to), table);
    }

    public ReportFormats.Rendition fortnightlyUpdateRendition(String asOf, String from, String to) {
        Instant end = to == null || to.isBlank() ? ReportParameters.instant("asOf", asOf, clock)
                : ReportParameters.instant("to", to, clock);
        Instant start = from == null || from.isBlank() ? end.minus(Duration.ofDays(14))
                : ReportParameters.instant("from", from, clock);
        if (!start.isBefore(end)) {
            throw new BadParameterException("from", "must be before the window's end " + end + " (got " + from + ")");
        }
        FortnightlyUpdate update = reports.fortnightlyUpdate(start, end);
        return new ReportFormats.Rendition("fortnightly-update", FortnightlyUpdateResponse.of(update),
                () -> FortnightlyUpdates.document(update), "fortnightly-update-" + update.number());
    }

    @GET
    @Path("/board-paper")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getBoardPaper", summary = "The Improvement Board paper on Total Place",
            description = "In the format of the Board's papers (seed 001): summary, recommendations, action, contact "
                    + "officer, numbered paragraphs (programme progress, the count, PBR, Budget, barriers and "
                    + "decisions, place-based budgets), financial implications, implications for Wales. No table: "
                    + "CSV is answered 406.")
    @APIResponse(responseCode = "200", description = "The paper",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BoardPaperResponse.class)))
    @APIResponse(responseCode = "400", description = "A parameter cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad asOf", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "406", description = "Not available in the format asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response boardPaper(
            @Parameter(description = AS_OF, example = "2010-01-15") @QueryParam("asOf") String asOf,
            @Parameter(description = "The Board meeting's date; default asOf's date", example = "2010-01-19")
            @QueryParam("meetingDate") String meetingDate,
            @Parameter(description = "Financial year of the count quoted; default 2009-10", example = "2009-10")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = FORMAT, example = "json") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ReportFormats.Format form = formats.decide(format, headers);
        return formats.respond(form, boardPaperRendition(asOf, meetingDate, financialYear), null);
    }

    public ReportFormats.Rendition boardPaperRendition(String asOf, String meetingDate, String financialYear) {
        Instant at = ReportParameters.instant("asOf", asOf, clock);
        BoardPaper paper = reports.boardPaper(at,
                ReportParameters.date("meetingDate", meetingDate, LocalDate.ofInstant(at, ZoneOffset.UTC)),
                ReportParameters.financialYear("financialYear", financialYear, BudgetReports.DEFAULT_YEAR));
        return new ReportFormats.Rendition("board-paper", BoardPaperResponse.of(paper),
                () -> BoardPapers.document(paper), "board-paper-" + paper.meetingDate());
    }

    @GET
    @Path("/pilot-comparison")
    @Guarded(Permission.READ_REPORTS)
    @Operation(operationId = "getPilotComparison", summary = "Per-capita spend compared across pilots",
            description = "Per pilot and function (and TOTAL), per-capita spend of one year, rule version and method, "
                    + "flagged OUTLIER_LOW / OUTLIER_HIGH beyond 1.5 IQR of the pilots' values (quartiles by R's "
                    + "type 7) or MISSING_PER_CAPITA without population. CSV tables: per-capita (default), functions.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PilotComparisonResponse.class)),
                    @Content(mediaType = ReportFormats.TEXT_CSV)})
    @APIResponse(responseCode = "400", description = "A parameter cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad asOf", value = BAD_PARAMETER)))
    @APIResponse(responseCode = "406", description = "Not available in the format asked for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pilotComparison(
            @Parameter(description = AS_OF, example = "2010-02-05") @QueryParam("asOf") String asOf,
            @Parameter(description = "Financial year; default 2009-10", example = "2009-10")
            @QueryParam("financialYear") String financialYear,
            @Parameter(description = "Counting rules version; default the highest present for the year", example = "2")
            @QueryParam("ruleVersion") String ruleVersion,
            @Parameter(description = "Counting method: top-down (default) or bottom-up", example = "top-down")
            @QueryParam("method") String method,
            @Parameter(description = FORMAT, example = "csv") @QueryParam("format") String format,
            @Parameter(description = TABLE, example = "functions") @QueryParam("table") String table,
            @Context HttpHeaders headers) {
        ReportFormats.Format form = formats.decide(format, headers);
        return formats.respond(form, pilotComparisonRendition(asOf, financialYear, ruleVersion, method), table);
    }

    public ReportFormats.Rendition pilotComparisonRendition(String asOf, String financialYear, String ruleVersion,
                                                            String method) {
        String chosen = method == null || method.isBlank() ? "top-down" : method.strip().toLowerCase(Locale.ROOT);
        if (!PilotComparisons.METHODS.contains(chosen)) {
            throw new BadParameterException("method", "must be one of: " + String.join(", ", PilotComparisons.METHODS)
                    + " (got " + method + ")");
        }
        FinancialYear year = ReportParameters.financialYear("financialYear", financialYear, BudgetReports.DEFAULT_YEAR);
        PilotComparison comparison = reports.pilotComparison(ReportParameters.instant("asOf", asOf, clock), year,
                ReportParameters.positive("ruleVersion", ruleVersion), chosen);
        return new ReportFormats.Rendition("pilot-comparison", PilotComparisonResponse.of(comparison),
                () -> PilotComparisons.document(comparison), "pilot-comparison-" + year);
    }
}
