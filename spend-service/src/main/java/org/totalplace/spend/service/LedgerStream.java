package org.totalplace.spend.service;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.ColumnMapping;
import org.totalplace.spend.domain.ColumnMapping.Resolved;
import org.totalplace.spend.domain.LedgerImport;

/**
 * One pass over a ledger's text: reads its records, classifies each against the mapping, tallies what became of
 * them and hands the accepted lines, in COPY's binary format ({@link CopyRows}), to a {@link Sink} in chunks. Nothing here touches the database,
 * so the whole of an import's per-row work can be run (and measured) on its own.
 */
final class LedgerStream {

    /** Where the accepted lines go as COPY (FORMAT binary) data, a chunk at a time, header first. */
    interface Sink {
        void write(byte[] bytes, int length) throws SQLException;
    }

    /** The file cannot be read as CSV (or in its encoding) from {@code line} on. */
    static final class UnreadableException extends Exception {

        private final long line;

        UnreadableException(IOException cause, long line) {
            super(cause);
            this.line = line;
        }

        IOException reading() {
            return (IOException) getCause();
        }

        long line() {
            return line;
        }
    }

    /** The header names a column the mapping does not find, or the file has no header at all. */
    static final class BadHeaderException extends Exception {

        private final String field;
        private final String reason;

        BadHeaderException(String message, String field, String reason) {
            super(message);
            this.field = field;
            this.reason = reason;
        }

        String field() {
            return field;
        }

        /** What is wrong, as said of {@link #field()}. */
        String reason() {
            return reason;
        }
    }

    /** What the rows of a file came to. */
    static final class Tally {
        int accepted;
        int rejected;
        int skippedTotal;
        int skippedBlank;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        final List<ImportReport.Rejection> rejections = new ArrayList<>();
        /** Exact duplicates among the accepted lines, found as they stream past. */
        final DuplicateLines duplicates;
        /** The accepted lines summed by category, as they stream past. */
        final CategoryTotals categories = new CategoryTotals();
        private final int listed;

        Tally(int listed) {
            this.listed = listed;
            this.duplicates = new DuplicateLines(listed);
        }

        LedgerImport.Counts counts() {
            return new LedgerImport.Counts(accepted, rejected, skippedTotal, skippedBlank);
        }

        void reject(int line, String column, String reason) {
            rejected++;
            if (rejections.size() < listed) {
                rejections.add(new ImportReport.Rejection(line, column, reason));
            }
        }
    }

    private static final int CHUNK_ROWS = 1000;

    private final ColumnMapping mapping;
    private final UUID importId;
    private final int listed;

    /** {@code importId} is written on every line; {@code listed} caps the rejections and duplicates listed. */
    LedgerStream(ColumnMapping mapping, UUID importId, int listed) {
        this.mapping = mapping;
        this.importId = importId;
        this.listed = listed;
    }

    Tally read(Reader text, Sink sink) throws UnreadableException, BadHeaderException, SQLException {
        LedgerRecords records = new LedgerRecords(text);
        Tally tally = new Tally(listed);
        try (records) {
            List<String> header = records.next();
            if (header == null) {
                throw new BadHeaderException("The file is empty: it needs a header line naming its columns", "",
                        "must start with a header line");
            }
            Resolved columns;
            try {
                columns = mapping.resolve(header);
            } catch (ColumnMapping.InvalidMappingException e) {
                throw new BadHeaderException(e.field() + " " + e.getMessage(), e.field(), e.getMessage());
            }
            CopyRows copy = new CopyRows(importId, CHUNK_ROWS * 200);
            int inChunk = 0;
            RowDigest digests = new RowDigest();
            List<String> fields;
            while ((fields = records.next()) != null) {
                int line = records.line();
                Resolved.Outcome outcome = columns.classify(fields);
                if (outcome instanceof Resolved.Accepted accepted) {
                    tally.accepted++;
                    tally.total = tally.total.add(accepted.row().amount());
                    tally.duplicates.add(line, digests.of(fields));
                    tally.categories.add(accepted.row());
                    copy.append(line, accepted.row());
                    if (++inChunk == CHUNK_ROWS) {
                        sink.write(copy.bytes(), copy.length());
                        copy.clear();
                        inChunk = 0;
                    }
                } else if (outcome instanceof Resolved.Blank) {
                    tally.skippedBlank++;
                } else if (outcome instanceof Resolved.Total) {
                    tally.skippedTotal++;
                } else if (outcome instanceof Resolved.Rejected rejected) {
                    tally.reject(line, rejected.column(), rejected.reason());
                }
            }
            copy.finish();
            sink.write(copy.bytes(), copy.length());
        } catch (UncheckedIOException e) {
            throw new UnreadableException(e.getCause(), records.nextLine());
        } catch (IOException e) {
            throw new UnreadableException(e, records.nextLine());
        }
        return tally;
    }
}
