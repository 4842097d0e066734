package org.totalplace.spend.service;

import java.util.List;
import org.totalplace.spend.domain.LedgerImport;

/**
 * The reconciliation of one import: the stored import with the first rejected rows and the first duplicate
 * warnings ({@code LedgerImportService.LISTED} of each at most; the import carries the full counts).
 */
public record ImportReport(LedgerImport ledgerImport, List<Rejection> rejections, List<Duplicate> duplicates) {

    public ImportReport {
        rejections = List.copyOf(rejections);
        duplicates = List.copyOf(duplicates);
    }

    /** A refused row: its line in the file (the header is line 1), the column at fault ("" for the whole row), why. */
    public record Rejection(int line, String column, String reason) {
    }

    /** An accepted line that repeats {@code firstLine} exactly. */
    public record Duplicate(int line, int firstLine) {
    }
}
