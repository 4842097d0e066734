package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.totalplace.spend.domain.Permission;
import org.totalplace.spend.service.ImportQueries;
import org.totalplace.spend.service.LedgerImportService;

/** One ledger import: its reconciliation report, and its withdrawal. */
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Submissions")
public class ImportResource {

    private final ImportQueries queries;
    private final LedgerImportService imports;

    ImportResource(ImportQueries queries, LedgerImportService imports) {
        this.queries = queries;
        this.imports = imports;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Read an import's reconciliation report")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ImportJson.Report.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.READ_PILOT, record = "id")
    public ImportJson.Report get(@Parameter(description = "Import id") @PathParam("id") String id) {
        return ImportJson.Report.of(queries.report(Ids.parse(id, "import")));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawImport", summary = "Withdraw an import whole from its DRAFT submission",
            description = "Its lines stop counting; the import and its report stay, marked withdrawn. The same "
                    + "content may then be imported again. 409 if already withdrawn or the submission is not DRAFT.")
    @APIResponse(responseCode = "200", description = "Withdrawn; the report",
            content = @Content(schema = @Schema(implementation = ImportJson.Report.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "406", ref = "NotAcceptable")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
    @APIResponse(responseCode = "500", ref = "InternalError")
    @Guarded(value = Permission.SUBMIT_SPEND, record = "id")
    public ImportJson.Report withdraw(@Parameter(description = "Import id") @PathParam("id") String id,
                                      @NotNull @Valid ImportJson.WithdrawRequest request) {
        return ImportJson.Report.of(imports.withdraw(Ids.parse(id, "import"), request.reason()));
    }
}
