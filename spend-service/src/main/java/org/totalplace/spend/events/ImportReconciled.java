package org.totalplace.spend.events;

import java.util.UUID;
import org.totalplace.spend.domain.LedgerImport;
import org.totalplace.spend.domain.Submission;

/**
 * {@code totalplace.spend.import-reconciled.v1}: a ledger file was imported into a submission; its reconciliation.
 * Keyed by the pilot id.
 */
public record ImportReconciled(
        UUID importId,
        UUID submissionId,
        UUID pilotId,
        String body,
        String financialYear,
        String contentSha256,
        Rows rows,
        int duplicateLines,
        SpendLineRecorded.Amount acceptedTotal) {

    public static final String TYPE = "totalplace.spend.import-reconciled.v1";

    /** {@code read} = accepted + rejected + skippedTotal + skippedBlank. */
    public record Rows(int read, int accepted, int rejected, int skippedTotal, int skippedBlank) {
    }

    public static ImportReconciled of(LedgerImport imported, Submission submission) {
        LedgerImport.Counts counts = imported.counts();
        return new ImportReconciled(imported.id(), submission.id(), submission.pilotId(), submission.body(),
                submission.financialYear().toString(), imported.contentSha256(),
                new Rows(counts.read(), counts.accepted(), counts.rejected(), counts.skippedTotal(),
                        counts.skippedBlank()),
                imported.duplicateLines(),
                new SpendLineRecorded.Amount(imported.acceptedTotal().amountText(), "GBP"));
    }
}
