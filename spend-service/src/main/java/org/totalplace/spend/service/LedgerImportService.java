package org.totalplace.spend.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.commons.io.input.ReadAheadInputStream;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.totalplace.spend.domain.ColumnMapping;
import org.totalplace.spend.domain.LedgerImport;
import org.totalplace.spend.domain.Submission;
import org.totalplace.spend.domain.SubmissionTransitions;
import org.totalplace.spend.events.ImportReconciled;
import org.totalplace.spend.events.Outbox;

/**
 * Imports a body's ledger file into a submission, streaming: the file is decoded, parsed record by record with
 * FastCSV and its accepted lines are sent to PostgreSQL with binary COPY in chunks, all in one transaction, so the
 * file never sits whole in memory and an import is all or nothing. The content hash is computed on the way; the
 * same content imported (and not withdrawn) before is refused at the end, undoing everything.
 */
@ApplicationScoped
public class LedgerImportService {

    /** How many rejected rows and duplicate warnings a report lists (the counts are always complete). */
    public static final int LISTED = 100;
    private static final int READ_AHEAD_BYTES = 256 * 1024;
    /** Each import logs one line saying where its time went (parse and COPY, the stored totals, the recount). */
    private static final Logger LOG = Logger.getLogger(LedgerImportService.class);
    private static final String COPY = "COPY ledger_line (" + CopyRows.COLUMNS + ") FROM STDIN WITH (FORMAT binary)";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final ImportQueries queries;
    private final CountQueue countQueue;

    LedgerImportService(EntityManager entityManager, Outbox outbox, Clock clock, ObjectMapper json,
                        ImportQueries queries, CountQueue countQueue) {
        this.countQueue = countQueue;
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
        this.queries = queries;
    }

    /**
     * Reads the whole of {@code content}, reconciles it and stores its accepted lines under a new import of the
     * submission. {@code encoding} null means detect UTF-8 or Windows-1252.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600) // a large ledger is parsed and copied in this one transaction
    public ImportReport importFile(UUID submissionId, InputStream content, Charset encoding, ColumnMapping mapping) {
        Submission submission = Submission.findById(submissionId, LockModeType.PESSIMISTIC_WRITE);
        if (submission == null) {
            throw new NotFoundException("No submission has the id '" + submissionId + "'");
        }
        SubmissionTransitions.Decision open = SubmissionTransitions.decideImportChange(submission.state());
        if (!open.allowed()) {
            throw new ConflictException("Cannot import: " + open.reason(), List.of(new Violation("state", open.reason())));
        }
        UUID importId = UUID.randomUUID();
        long started = System.nanoTime();
        MessageDigest sha256 = sha256();
        Streamed streamed;
        String encodingUsed;
        TimedInput waited;
        // The request body arrives from the HTTP layer a buffer per hand-over; a second thread reads it ahead (and
        // hashes it) while this one parses and copies, at most two buffers' worth at a time.
        try (InputStream ahead = ReadAheadInputStream.builder()
                .setInputStream(new DigestInputStream(content, sha256)).setBufferSize(READ_AHEAD_BYTES).get();
             LedgerDecoder text = LedgerDecoder.of(waited = new TimedInput(ahead), encoding)) {
            streamed = entityManager.unwrap(Session.class).doReturningWork(connection ->
                    parseAndCopy(connection, importId, text, mapping));
            encodingUsed = text.description();
            // the parser stops at the end of the text; whatever is left (nothing, normally) still belongs to the hash
            ahead.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw unreadable(e, null);
        }
        LedgerStream.Tally tally = streamed.tally();
        long read = System.nanoTime();
        String hash = HexFormat.of().formatHex(sha256.digest());
        refuseIfImportedBefore(hash);

        List<ImportReport.Duplicate> duplicates = tally.duplicates.listed();
        LedgerImport imported = LedgerImport.reconciled(importId, submissionId, hash, encodingUsed,
                mappingJson(mapping), tally.counts(), tally.total, tally.duplicates.count(), clock.instant());
        imported.persist();
        queries.recordDuplicates(importId, duplicates);
        queries.recordRejections(importId, tally.rejections);
        queries.recordCategoryTotals(importId, tally.categories.totals());
        submission.touch(clock.instant());
        entityManager.flush();
        long stored = System.nanoTime();
        countQueue.mark(submission.pilotId(), submission.financialYear());
        outbox.record(ImportReconciled.TYPE, submission.pilotId(), ImportReconciled.of(imported, submission));
        long done = System.nanoTime();
        LOG.infof("import %s: %d lines; parse, classify and COPY %d ms (of which waiting for the request body %d ms, "
                        + "handing chunks to COPY and its end %d ms); import row, lists and %d category totals %d ms; "
                        + "recount mark and outbox %d ms (commit not included; the worker recounts after it)", importId, tally.accepted,
                (read - started) / 1_000_000, waited.nanos / 1_000_000, streamed.copyNanos() / 1_000_000,
                tally.categories.size(), (stored - read) / 1_000_000, (done - stored) / 1_000_000);
        return new ImportReport(imported, tally.rejections, duplicates);
    }

    /** Withdraws an import whole: its lines stop counting; the record and its reconciliation stay. */
    @Transactional
    public ImportReport withdraw(UUID importId, String reason) {
        LedgerImport imported = LedgerImport.findById(importId, LockModeType.PESSIMISTIC_WRITE);
        if (imported == null) {
            throw new NotFoundException("No import has the id '" + importId + "'");
        }
        Submission submission = Submission.findById(imported.submissionId(), LockModeType.PESSIMISTIC_WRITE);
        SubmissionTransitions.Decision open = SubmissionTransitions.decideImportChange(submission.state());
        if (!open.allowed()) {
            throw new ConflictException("Cannot withdraw: " + open.reason(), List.of(new Violation("state", open.reason())));
        }
        SubmissionTransitions.Decision withdrawn = imported.withdraw(reason, clock.instant());
        if (!withdrawn.allowed()) {
            throw new ConflictException("Cannot withdraw: " + withdrawn.reason(), List.of(new Violation("", withdrawn.reason())));
        }
        submission.touch(clock.instant());
        entityManager.flush();
        countQueue.mark(submission.pilotId(), submission.financialYear());
        return queries.report(importId);
    }

    // --- streaming -----------------------------------------------------------------------------------

    /** Reads the file through a {@link LedgerStream} whose accepted lines go straight into COPY. */
    private Streamed parseAndCopy(Connection connection, UUID importId, LedgerDecoder text, ColumnMapping mapping)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            long[] copyNanos = {0};
            LedgerStream.Tally tally = new LedgerStream(mapping, importId, LISTED).read(text,
                    (bytes, length) -> {
                        long start = System.nanoTime();
                        copy.writeToCopy(bytes, 0, length);
                        copyNanos[0] += System.nanoTime() - start;
                    });
            long ending = System.nanoTime();
            long copied = copy.endCopy();
            copyNanos[0] += System.nanoTime() - ending;
            if (copied != tally.accepted) {
                // ledger_line has no foreign key or primary key (V8): this check, with the import row written in
                // the same transaction, is what ties an import's stored lines to its reconciliation
                throw new IllegalStateException("COPY stored " + copied + " lines of import " + importId + " but "
                        + tally.accepted + " were accepted");
            }
            return new Streamed(tally, copyNanos[0]);
        } catch (LedgerStream.UnreadableException e) {
            throw unreadable(e.reading(), e.line());
        } catch (LedgerStream.BadHeaderException e) {
            throw new InvalidRequestException(e.getMessage(), List.of(new Violation(e.field(), e.reason())));
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The request body as the parser reads it, timing how long the parser waits for it. */
    private static final class TimedInput extends FilterInputStream {

        private long nanos;

        TimedInput(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            long start = System.nanoTime();
            try {
                return super.read(target, offset, length);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }
    }

    /** A file read and copied: its tally, and the time spent handing chunks to COPY and waiting for its end. */
    private record Streamed(LedgerStream.Tally tally, long copyNanos) {
    }

    private static InvalidRequestException unreadable(IOException e, Long parserLine) {
        Long line = e instanceof LedgerDecoder.BadBytesException bad ? Long.valueOf(bad.line()) : parserLine;
        String where = line == null ? "" : " at line " + line;
        if (e instanceof CharacterCodingException) {
            String message = "has bytes that are not valid in its encoding" + where
                    + "; declare it, e.g. ?encoding=windows-1252 or charset=windows-1252";
            return new InvalidRequestException("The file " + message, List.of(new Violation("encoding", message)));
        }
        String message = "is not well-formed CSV" + where + ": " + e.getMessage();
        return new InvalidRequestException("The file " + message, List.of(new Violation("", message)));
    }

    private void refuseIfImportedBefore(String hash) {
        // one import of a given content at a time: a concurrent upload of the same file waits here, then sees this one
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "ledger-import:" + hash).getSingleResult();
        queries.activeImportWithContent(hash).ifPresent(earlier -> {
            String message = "the same content (SHA-256 " + hash + ") was already imported as /imports/"
                    + earlier.id() + " into submission " + earlier.submissionId()
                    + "; withdraw that import first to load it again";
            throw new ConflictException("This file " + message, List.of(new Violation("", message)));
        });
    }

    private String mappingJson(ColumnMapping mapping) {
        try {
            return json.writeValueAsString(mapping);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("mapping cannot be written as JSON", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
