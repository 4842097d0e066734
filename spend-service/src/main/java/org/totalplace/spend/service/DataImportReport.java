package org.totalplace.spend.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The reconciliation of one import: rows read = rows loaded + rows rejected, each rejected row with its line (the
 * header is line 1), the column at fault where there is one, and why. {@code figuresLoaded} counts stored figures
 * (a wide population row holds one per area); {@code loadedTotal} is the exact sum of the loaded values in the file's
 * own unit (CRA: £ thousand), null where the file holds no money.
 */
public record DataImportReport(UUID id, String dataset, String file, String sha256, long rowsRead, long rowsLoaded,
                           long rowsRejected, long figuresLoaded, BigDecimal loadedTotal, Instant importedAt, List<Rejection> rejections) {

    public record Rejection(long line, String column, String reason) {
    }

    public DataImportReport {
        rejections = List.copyOf(rejections);
    }
}
