package org.totalplace.spend.service;

import org.totalplace.spend.domain.CountInputsChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.totalplace.spend.domain.Dataset;

/** The record of each import (data_import) and its rejected rows; opening a shared data file for reading. */
@ApplicationScoped
public class DataImports {

    /** The datasets the count is made from: importing one recounts every pilot. */
    private static final Set<String> COUNTED = Set.of(Dataset.POPULATION_LA.id(),
            Dataset.POPULATION_REGIONS.id(), Dataset.CRA.id(), Dataset.OUTTURN.id());

    private final EntityManager em;
    private final Event<CountInputsChanged> countInputs;

    DataImports(EntityManager em, Event<CountInputsChanged> countInputs) {
        this.em = em;
        this.countInputs = countInputs;
    }

    /** A file being read: its CSV records, streamed, and the SHA-256 of every byte read so far. */
    public record OpenFile(CSVParser parser, MessageDigest digest) implements AutoCloseable {

        public String sha256() {
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /** Opens a file as RFC 4180 CSV (header included as the first record), or refuses naming the missing file. */
    public static OpenFile open(Dataset dataset, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new RuleViolationException("The " + dataset.id() + " file is not there: " + file,
                    List.of(new Violation("dataset", "no file at " + file + " (set TOTALPLACE_SHARED_DIR)")));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return new OpenFile(CSVFormat.RFC4180.builder().get().parse(reader), digest);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts the record of an import, before its rows are stored (they refer to it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID begin(Dataset dataset, Path file, Instant now) {
        return begin(dataset.id(), dataset.file(), now);
    }

    /** Starts the record of an import of a dataset that is not a shared file (e.g. a deflator CSV sent as a body). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID begin(String dataset, String file, Instant now) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into data_import (id, dataset, file, sha256, rows_read, rows_loaded, rows_rejected,
                                                 figures_loaded, imported_at)
                        values (:id, :dataset, :file, :sha, 0, 0, 0, 0, :at)""")
                .setParameter("id", id)
                .setParameter("dataset", dataset)
                .setParameter("file", file)
                .setParameter("sha", "0".repeat(64))
                .setParameter("at", Timestamp.from(now))
                .executeUpdate();
        return id;
    }

    /** Completes the record with its reconciliation; the database checks read = loaded + rejected. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DataImportReport finish(UUID id, String sha256, long rowsLoaded, long figuresLoaded, BigDecimal loadedTotal,
                               List<DataImportReport.Rejection> rejections) {
        for (DataImportReport.Rejection rejection : rejections) {
            em.createNativeQuery("""
                            insert into data_import_rejection (import_id, line, column_name, reason)
                            values (:id, :line, :column, :reason)""")
                    .setParameter("id", id)
                    .setParameter("line", rejection.line())
                    .setParameter("column", rejection.column())
                    .setParameter("reason", rejection.reason())
                    .executeUpdate();
        }
        em.createNativeQuery("""
                        update data_import set sha256 = :sha, rows_read = :read, rows_loaded = :loaded,
                               rows_rejected = :rejected, figures_loaded = :figures,
                               loaded_total = cast(nullif(:total, '') as numeric)
                        where id = :id""")
                .setParameter("sha", sha256)
                .setParameter("read", rowsLoaded + rejections.size())
                .setParameter("loaded", rowsLoaded)
                .setParameter("rejected", (long) rejections.size())
                .setParameter("figures", figuresLoaded)
                .setParameter("total", loadedTotal == null ? "" : loadedTotal.toPlainString())
                .setParameter("id", id)
                .executeUpdate();
        DataImportReport report = find(id).orElseThrow();
        if (COUNTED.contains(report.dataset())) {
            countInputs.fire(new CountInputsChanged(null, null, report.dataset() + " imported"));
        }
        return report;
    }

    @Transactional
    public DataImportReport require(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No import " + id);
        }
        return find(uuid).orElseThrow(() -> new NotFoundException("No import " + id));
    }

    private Optional<DataImportReport> find(UUID id) {
        List<?> rows = em.createNativeQuery("""
                        select id, dataset, file, sha256, rows_read, rows_loaded, rows_rejected, figures_loaded,
                               imported_at, loaded_total
                        from data_import where id = :id""")
                .setParameter("id", id)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        List<?> rejectionRows = em.createNativeQuery("""
                        select line, column_name, reason from data_import_rejection
                        where import_id = :id order by line""")
                .setParameter("id", id)
                .getResultList();
        List<DataImportReport.Rejection> rejections = rejectionRows.stream()
                .map(Object[].class::cast)
                .map(r -> new DataImportReport.Rejection(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
        return Optional.of(new DataImportReport((UUID) row[0], (String) row[1], (String) row[2], ((String) row[3]).strip(),
                ((Number) row[4]).longValue(), ((Number) row[5]).longValue(), ((Number) row[6]).longValue(),
                ((Number) row[7]).longValue(), (BigDecimal) row[9], SqlValues.instant(row[8]), rejections));
    }
}
