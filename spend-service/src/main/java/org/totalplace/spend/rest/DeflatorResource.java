package org.totalplace.spend.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
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
import org.totalplace.spend.service.DataImportReport;
import org.totalplace.spend.service.DeflatorImportService;

/** Deflator series for real-terms aggregates, loaded as data: a CSV body, with the same reconciliation as the rest. */
@Path("/national-data/deflators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class DeflatorResource {

    private final DeflatorImportService deflators;

    DeflatorResource(DeflatorImportService deflators) {
        this.deflators = deflators;
    }

    /** A stored series. */
    @Schema(name = "DeflatorSeries")
    public record SeriesResponse(String series, @Schema(example = "2013-14") String baseYear, String source,
                                 String importId, Instant importedAt, List<Index> indices) {
    }

    @Schema(name = "DeflatorIndex")
    public record Index(@Schema(example = "2009-10") String financialYear,
                        @Schema(description = "Decimal string", example = "92.345") String index) {
    }

    @POST
    @Consumes(SubmissionResource.CSV)
    @Operation(operationId = "importDeflatorSeries", summary = "Import a deflator series from a CSV body",
            description = "The body is UTF-8 CSV with the header financialYear,index (other columns are ignored). "
                    + "Each row is loaded or rejected with its line and reason (a bad year, an index that is not a "
                    + "positive decimal, a year given twice); rowsRead = rowsLoaded + rowsRejected. The series "
                    + "replaces any series of the same name. Its base year (the reference year of the index) must "
                    + "be among the loaded rows. Recorded as a data_import of dataset 'deflator'.")
    @RequestBody(required = true, content = @Content(mediaType = SubmissionResource.CSV,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "A GDP deflator", value = """
                    financialYear,index
                    2009-10,92.0
                    2010-11,94.5
                    2011-12,96.0
                    """)))
    @APIResponse(responseCode = "201", description = "Imported; the body is the reconciliation",
            headers = @Header(name = "Location", description = "The series", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataImportResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "422", description = "The series has no loaded row for its base year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response importSeries(
            @Parameter(description = "The series' name (lower case, digits, . _ -)", example = "gdp-deflator",
                    required = true)
            @QueryParam("series") String series,
            @Parameter(description = "The series' reference year, as its publisher states it", example = "2013-14",
                    required = true)
            @QueryParam("baseYear") String baseYear,
            @Parameter(description = "Where the series comes from (publisher, edition, URL)", required = true,
                    example = "HM Treasury GDP deflators at market prices, March 2014")
            @QueryParam("source") String source,
            byte[] content,
            @Context UriInfo uri) {
        DataImportReport report = deflators.importSeries(series, baseYear, source, content == null ? new byte[0] : content);
        return Response.created(uri.getBaseUriBuilder().path("national-data").path("deflators").path(series).build())
                .entity(DataImportResponse.of(report)).build();
    }

    @GET
    @Path("/{series}")
    @Operation(operationId = "getDeflatorSeries", summary = "Read a deflator series with its indices")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SeriesResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public SeriesResponse get(@Parameter(description = "Series name") @PathParam("series") String series) {
        DeflatorImportService.Series found = deflators.require(series);
        return new SeriesResponse(found.series(), found.baseYear().toString(), found.source(),
                found.importId().toString(), found.importedAt(),
                found.indices().entrySet().stream().map(e -> new Index(e.getKey(), e.getValue().toPlainString()))
                        .toList());
    }
}
