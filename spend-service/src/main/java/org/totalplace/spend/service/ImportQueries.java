package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.totalplace.spend.domain.LedgerImport;

/** Reads of imports and their reconciliation, and the SQL that fills an import's warning and rejection lists. */
@ApplicationScoped
public class ImportQueries {

    private final EntityManager entityManager;

    ImportQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Stores the import's accepted lines summed by the categories counting rules match on (what a recount reads), as
     * summed while the file streamed: one statement, the totals passed as arrays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCategoryTotals(UUID importId, List<CategoryTotals.Total> totals) {
        if (totals.isEmpty()) {
            return;
        }
        // binary COPY: a 100,000-line ledger has thousands of categories, and an insert from unnest of text arrays
        // took 22-34 ms of each import for 6,612 of them (deploy/bench/README.md)
        BinaryCopy copy = new BinaryCopy(totals.size() * 96);
        for (CategoryTotals.Total total : totals) {
            copy.row(7);
            copy.uuid(importId);
            copy.text(total.category().serviceLevel1());
            copy.text(total.category().serviceLevel2());
            copy.text(total.category().serviceLevel3());
            copy.text(total.category().supplier());
            copy.numeric(total.amount());
            copy.int8(total.lines());
        }
        copy.finish();
        entityManager.unwrap(Session.class).doWork(connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY ledger_category_total (import_id, service_level_1, service_level_2, service_level_3, supplier,
                                                amount, line_count) FROM STDIN WITH (FORMAT binary)""");
            try {
                in.writeToCopy(copy.bytes(), 0, copy.length());
                long stored = in.endCopy();
                if (stored != totals.size()) {
                    throw new IllegalStateException("COPY stored " + stored + " category totals of import " + importId
                            + " but " + totals.size() + " were summed");
                }
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    public ImportReport report(UUID importId) {
        LedgerImport imported = LedgerImport.findById(importId);
        if (imported == null) {
            throw new NotFoundException("No import has the id '" + importId + "'");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rejected = entityManager.createNativeQuery("select line_number, column_name, reason "
                        + "from ledger_import_rejection where import_id = ?1 order by line_number")
                .setParameter(1, importId).getResultList();
        return new ImportReport(imported,
                rejected.stream().map(r -> new ImportReport.Rejection(((Number) r[0]).intValue(), (String) r[1],
                        (String) r[2])).toList(),
                duplicates(importId));
    }

    /** Imports of a submission, oldest first. */
    public List<LedgerImport> ofSubmission(UUID submissionId) {
        return LedgerImport.find("submissionId = ?1 order by createdAt, id", submissionId).list();
    }

    Optional<LedgerImport> activeImportWithContent(String sha256) {
        return LedgerImport.find("contentSha256 = ?1 and withdrawnAt is null", sha256).firstResultOptional();
    }

    /** Stores the exact duplicates the report lists (the first {@link LedgerImportService#LISTED}). */
    void recordDuplicates(UUID importId, List<ImportReport.Duplicate> duplicates) {
        for (ImportReport.Duplicate duplicate : duplicates) {
            entityManager.createNativeQuery("insert into ledger_import_duplicate (import_id, line_number, "
                            + "first_line_number) values (?1, ?2, ?3)")
                    .setParameter(1, importId).setParameter(2, duplicate.line())
                    .setParameter(3, duplicate.firstLine()).executeUpdate();
        }
    }

    void recordRejections(UUID importId, List<ImportReport.Rejection> rejections) {
        for (ImportReport.Rejection rejection : rejections) {
            entityManager.createNativeQuery("insert into ledger_import_rejection (import_id, line_number, column_name, "
                            + "reason) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, importId).setParameter(2, rejection.line()).setParameter(3, rejection.column())
                    .setParameter(4, rejection.reason()).executeUpdate();
        }
    }

    private List<ImportReport.Duplicate> duplicates(UUID importId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select line_number, first_line_number "
                        + "from ledger_import_duplicate where import_id = ?1 order by line_number")
                .setParameter(1, importId).getResultList();
        return rows.stream().map(r -> new ImportReport.Duplicate(((Number) r[0]).intValue(),
                ((Number) r[1]).intValue())).toList();
    }
}
