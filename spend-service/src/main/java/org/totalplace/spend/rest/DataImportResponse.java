package org.totalplace.spend.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.service.DataImportReport;

/** An import's reconciliation: rowsRead = rowsLoaded + rowsRejected, with every rejected row and why. */
@Schema(name = "Import")
public record DataImportResponse(
        UUID id,
        @Schema(description = "population-la, population-regions or cra") String dataset,
        @Schema(description = "The file read, under the shared data folder", example = "population/population_la.csv")
        String file,
        @Schema(description = "SHA-256 of the bytes read, hex") String sha256,
        @Schema(description = "Data rows read (the header is not a row)") long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        @Schema(description = "Figures stored: a wide population row holds one per area, a CRA row one")
        long figuresLoaded,
        @Schema(description = "Exact sum of the loaded values in the file's own unit (CRA: £ thousand), as a decimal "
                + "string; null for population", example = "16696028.26435330303235815760")
        String loadedTotal,
        Instant importedAt,
        List<RejectedRow> rejections) {

    @Schema(name = "RejectedRow")
    public record RejectedRow(@Schema(description = "Line in the file; the header is line 1") long line,
                              @Schema(description = "The column at fault, if one is") String column,
                              String reason) {
    }

    static DataImportResponse of(DataImportReport report) {
        return new DataImportResponse(report.id(), report.dataset(), report.file(), report.sha256(), report.rowsRead(),
                report.rowsLoaded(), report.rowsRejected(), report.figuresLoaded(),
                report.loadedTotal() == null ? null : report.loadedTotal().toPlainString(), report.importedAt(),
                report.rejections().stream().map(r -> new RejectedRow(r.line(), r.column(), r.reason())).toList());
    }
}
