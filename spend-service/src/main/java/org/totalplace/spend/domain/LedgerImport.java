package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One upload of a ledger file into a submission, with its reconciliation: every row read was accepted, rejected,
 * or skipped (as a total or as blank). Withdrawing keeps the record; its lines just stop counting.
 */
@Entity
@Table(name = "ledger_import")
public class LedgerImport extends PanacheEntityBase {

    public static final int MAX_REASON_LENGTH = 500;

    @Id
    private UUID id;

    @Column(name = "submission_id", nullable = false)
    private UUID submissionId;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "encoding", nullable = false)
    private String encoding;

    /** The column mapping used, as JSON. */
    @Column(name = "mapping", nullable = false)
    private String mapping;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_accepted", nullable = false)
    private int rowsAccepted;

    @Column(name = "rows_rejected", nullable = false)
    private int rowsRejected;

    @Column(name = "rows_skipped_total", nullable = false)
    private int rowsSkippedTotal;

    @Column(name = "rows_skipped_blank", nullable = false)
    private int rowsSkippedBlank;

    @Column(name = "accepted_total", nullable = false, precision = 19, scale = 2)
    private BigDecimal acceptedTotal;

    @Column(name = "duplicate_lines", nullable = false)
    private int duplicateLines;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LedgerImport() {
        // for Hibernate
    }

    /** Row counts of one file; {@code read} is always the sum of the other four. */
    public record Counts(int accepted, int rejected, int skippedTotal, int skippedBlank) {

        public int read() {
            return accepted + rejected + skippedTotal + skippedBlank;
        }
    }

    public static LedgerImport reconciled(UUID id, UUID submissionId, String contentSha256, String encoding,
            String mapping, Counts counts, BigDecimal acceptedTotal, int duplicateLines, Instant now) {
        LedgerImport imported = new LedgerImport();
        imported.id = Objects.requireNonNull(id, "id");
        imported.submissionId = Objects.requireNonNull(submissionId, "submissionId");
        imported.contentSha256 = Objects.requireNonNull(contentSha256, "contentSha256");
        imported.encoding = Objects.requireNonNull(encoding, "encoding");
        imported.mapping = Objects.requireNonNull(mapping, "mapping");
        imported.rowsRead = counts.read();
        imported.rowsAccepted = counts.accepted();
        imported.rowsRejected = counts.rejected();
        imported.rowsSkippedTotal = counts.skippedTotal();
        imported.rowsSkippedBlank = counts.skippedBlank();
        imported.acceptedTotal = Money.of(acceptedTotal, Money.parseCurrency("GBP")).amount();
        imported.duplicateLines = duplicateLines;
        imported.createdAt = Objects.requireNonNull(now, "now");
        return imported;
    }

    /** Withdraws the whole import; refused (with the reason) if it already is. */
    public SubmissionTransitions.Decision withdraw(String reason, Instant now) {
        if (withdrawnAt != null) {
            return new SubmissionTransitions.Decision(false, "the import was already withdrawn at " + withdrawnAt);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason must not be blank");
        }
        withdrawnAt = Objects.requireNonNull(now, "now");
        withdrawnReason = reason;
        return new SubmissionTransitions.Decision(true, null);
    }

    public UUID id() {
        return id;
    }

    public UUID submissionId() {
        return submissionId;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public String encoding() {
        return encoding;
    }

    public String mapping() {
        return mapping;
    }

    public Counts counts() {
        return new Counts(rowsAccepted, rowsRejected, rowsSkippedTotal, rowsSkippedBlank);
    }

    public int rowsRead() {
        return rowsRead;
    }

    public Money acceptedTotal() {
        return Money.of(acceptedTotal, Money.parseCurrency("GBP"));
    }

    public int duplicateLines() {
        return duplicateLines;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
