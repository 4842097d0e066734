package org.totalplace.spend.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.domain.Dataset;
import org.totalplace.spend.service.CraImportService;
import org.totalplace.spend.service.DataImports;
import org.totalplace.spend.service.DataImportReport;
import org.totalplace.spend.service.OutturnImportService;
import org.totalplace.spend.service.PopulationImportService;

/**
 * Imports of the shared public data, read in place from the configured shared folder (TOTALPLACE_SHARED_DIR): an
 * explicit request, not a startup step, so that the service starts without the data and every import answers with
 * its reconciliation.
 */
@Path("/national-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "National statistics read from the shared data folder, with reconciliation")
public class NationalDataResource {

    static final String DATASETS = "population-la|population-regions|cra|outturn";

    private final PopulationImportService population;
    private final CraImportService cra;
    private final OutturnImportService outturn;
    private final DataImports imports;

    NationalDataResource(PopulationImportService population, CraImportService cra, OutturnImportService outturn,
                         DataImports imports) {
        this.population = population;
        this.cra = cra;
        this.outturn = outturn;
        this.imports = imports;
    }

    @POST
    @Path("/{dataset}")
    @Operation(operationId = "importNationalData", summary = "Import a shipped dataset, replacing its previous figures",
            description = "population-la reads population/population_la.csv, population-regions "
                    + "population/population_England_and_regions.csv, cra cra/cra_2014_long.csv (values in £ "
                    + "thousand, kept exact; loadedTotal is their sum), outturn "
                    + "outturn/rs_2010-11_net_current_expenditure.csv (Revenue Outturn 2010-11, £ thousand; the "
                    + "ENGLAND and class-total rows are rejected as totals of other rows; loadedTotal sums every "
                    + "loaded figure). A row is loaded whole or rejected with its line, column and reason; "
                    + "rowsRead = rowsLoaded + rowsRejected. Every pilot is recounted after population, CRA and "
                    + "outturn imports.")
    @APIResponse(responseCode = "201", description = "Imported; the body is the reconciliation",
            headers = @Header(name = "Location", description = "The import", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataImportResponse.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "422", description = "The file is not there or its header cannot be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.ADMINISTER)
    public Response importDataset(
            @Parameter(description = DATASETS, example = "population-la")
            @PathParam("dataset") @Pattern(regexp = DATASETS, message = "must be one of " + DATASETS) String dataset,
            @Context UriInfo uri) {
        Dataset which = Dataset.byId(dataset).orElseThrow();
        DataImportReport report = switch (which) {
            case CRA -> cra.importShipped();
            case OUTTURN -> outturn.importShipped();
            default -> population.importShipped(which);
        };
        return Response.created(uri.getBaseUriBuilder().path("national-data").path("imports").path(report.id().toString()).build())
                .entity(DataImportResponse.of(report)).build();
    }

    @GET
    @Path("/imports/{id}")
    @Operation(operationId = "getNationalDataImport", summary = "Read an import's reconciliation")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DataImportResponse.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(Permission.READ_PROGRAMME)
    public DataImportResponse get(@Parameter(description = "Import id") @PathParam("id") String id) {
        return DataImportResponse.of(imports.require(id));
    }
}
