package org.totalplace.reporting.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.render.HtmlRenderer;
import org.totalplace.reporting.render.PdfRenderer;

/**
 * The one place that decides in what form a report leaves: {@code ?format=json|csv|html|pdf} if given, else the
 * first of the client's Accept types (by preference) that a report can take; JSON for {@code *}/{@code *} or no
 * Accept. JSON is the report's record, CSV one table of its {@link ReportDocument}; HTML (a printable page with
 * its charts) and PDF (the same page printed) are rendered from the same document.
 */
@ApplicationScoped
public class ReportFormats {

    public static final String TEXT_CSV = "text/csv";
    public static final String APPLICATION_PDF = "application/pdf";

    static final String HTML_UTF8 = "text/html; charset=UTF-8";

    private final HtmlRenderer html = new HtmlRenderer();
    private final PdfRenderer pdf = new PdfRenderer();

    public enum Format {
        JSON, CSV, HTML, PDF
    }

    /** A report ready to leave: its JSON record, its document (built only if needed) and a file name stem. */
    public record Rendition(String kind, Object json, Supplier<ReportDocument> document, String fileName) {
    }

    public Format decide(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> Format.JSON;
                case "csv" -> Format.CSV;
                case "html" -> Format.HTML;
                case "pdf" -> Format.PDF;
                default -> throw new BadParameterException("format", "must be one of: json, csv, html, pdf (got "
                        + format + ")");
            };
        }
        List<MediaType> accepted = headers == null ? List.of() : headers.getAcceptableMediaTypes();
        for (MediaType type : accepted) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return Format.JSON;
            }
            if (type.isCompatible(MediaType.valueOf(TEXT_CSV))) {
                return Format.CSV;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return Format.HTML;
            }
            if (type.isCompatible(MediaType.valueOf(APPLICATION_PDF))) {
                return Format.PDF;
            }
        }
        if (accepted.isEmpty()) {
            return Format.JSON;
        }
        throw new UnavailableFormatException(HttpHeaders.ACCEPT, "Cannot answer in any of "
                + headers.getHeaderString(HttpHeaders.ACCEPT) + "; reports speak application/json, text/csv, text/html and "
                + "application/pdf");
    }

    /** {@code table}: the CSV table's name (null: the report's first table). */
    public Response respond(Format format, Rendition report, String table) {
        return switch (format) {
            case JSON -> Response.ok(report.json(), MediaType.APPLICATION_JSON_TYPE).build();
            case CSV -> csv(report, table);
            case HTML -> Response.ok(html.render(report.document().get()), HTML_UTF8).build();
            case PDF -> Response.ok(pdf.render(report.document().get()), APPLICATION_PDF)
                    .header("Content-Disposition", "inline; filename=\"" + report.fileName() + ".pdf\"").build();
        };
    }

    private static Response csv(Rendition report, String tableName) {
        ReportDocument document = report.document().get();
        List<ReportDocument.Table> tables = CsvTables.tables(document);
        if (tables.isEmpty()) {
            throw new UnavailableFormatException("format", "The " + report.kind() + " report has no table to give as "
                    + "CSV; ask for json");
        }
        ReportDocument.Table table = tables.get(0);
        if (tableName != null && !tableName.isBlank()) {
            table = tables.stream().filter(t -> t.name().equals(tableName.strip())).findFirst()
                    .orElseThrow(() -> new BadParameterException("table", "must be one of: "
                            + String.join(", ", tables.stream().map(ReportDocument.Table::name).toList())
                            + " (got " + tableName + ")"));
        }
        byte[] body = CsvTables.write(table).getBytes(StandardCharsets.UTF_8);
        return Response.ok(body, TEXT_CSV + "; charset=UTF-8; header=present")
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "-" + table.name()
                        + ".csv\"")
                .build();
    }
}
