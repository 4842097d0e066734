package org.totalplace.spend.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.LedgerImport;
import org.totalplace.spend.service.ImportReport;

/** Request and response bodies of ledger imports. */
final class ImportJson {

    private ImportJson() {
    }

    @Schema(name = "WithdrawImport")
    record WithdrawRequest(
            @Schema(required = true, example = "Loaded into the wrong submission")
            @NotBlank @Size(max = LedgerImport.MAX_REASON_LENGTH) String reason) {
    }

    @Schema(name = "ImportRows", description = "read = accepted + rejected + skippedTotal + skippedBlank")
    record Rows(int read, int accepted, int rejected, int skippedTotal, int skippedBlank) {
    }

    @Schema(name = "RejectedRow")
    record Rejection(@Schema(description = "Line in the file; the header is line 1") int line,
                     @Schema(description = "Header name of the column at fault; empty for the row as a whole") String column,
                     String reason) {
    }

    @Schema(name = "DuplicateWarning", description = "An accepted line that repeats an earlier line exactly")
    record Duplicate(int line, int firstLine) {
    }

    @Schema(name = "ReconciliationReport")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Report(
            UUID id,
            UUID submissionId,
            @Schema(description = "SHA-256 of the bytes uploaded, hex") String contentSha256,
            @Schema(examples = "UTF-8 (detected)") String encoding,
            Rows rows,
            @Schema(description = "The sum of the accepted lines, to the penny") MoneyJson acceptedTotal,
            @Schema(description = "The first " + 100 + " rejected rows; rows.rejected counts them all")
            List<Rejection> rejectedRows,
            @Schema(description = "How many accepted lines repeat an earlier line exactly") int duplicateLines,
            @Schema(description = "The first 100 of them") List<Duplicate> duplicateWarnings,
            boolean withdrawn,
            @Schema(nullable = true) Instant withdrawnAt,
            @Schema(nullable = true) String withdrawnReason,
            Instant createdAt) {

        static Report of(ImportReport report) {
            LedgerImport imported = report.ledgerImport();
            LedgerImport.Counts counts = imported.counts();
            return new Report(imported.id(), imported.submissionId(), imported.contentSha256(), imported.encoding(),
                    new Rows(counts.read(), counts.accepted(), counts.rejected(), counts.skippedTotal(),
                            counts.skippedBlank()),
                    MoneyJson.of(imported.acceptedTotal()),
                    report.rejections().stream().map(r -> new Rejection(r.line(), r.column(), r.reason())).toList(),
                    imported.duplicateLines(),
                    report.duplicates().stream().map(d -> new Duplicate(d.line(), d.firstLine())).toList(),
                    imported.isWithdrawn(), imported.withdrawnAt(), imported.withdrawnReason(), imported.createdAt());
        }
    }
}
