package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.totalplace.spend.config.SharedDataConfig;
import org.totalplace.spend.domain.CraRow;
import org.totalplace.spend.domain.Dataset;

/**
 * Imports the Country and Regional Analysis (long form) as shipped, streamed and written in JDBC batches; the import
 * replaces the previous CRA lines wholesale in one transaction. Values stay in £ thousand, exact.
 */
@ApplicationScoped
public class CraImportService {

    private static final int BATCH = 1000;

    private final EntityManager em;
    private final DataImports imports;
    private final SharedDataConfig shared;
    private final Clock clock;

    CraImportService(EntityManager em, DataImports imports, SharedDataConfig shared, Clock clock) {
        this.em = em;
        this.imports = imports;
        this.shared = shared;
        this.clock = clock;
    }

    @Transactional
    public DataImportReport importShipped() {
        return importFile(shared.data(Dataset.CRA.file()));
    }

    /** Imports a CRA long file from any path (tests use files of their own). */
    @Transactional
    public DataImportReport importFile(Path file) {
        try (DataImports.OpenFile open = DataImports.open(Dataset.CRA, file)) {
            Iterator<CSVRecord> records = open.parser().iterator();
            List<String> header = records.hasNext() ? records.next().toList() : List.of();
            if (!CraRow.HEADER.equals(header)) {
                throw new RuleViolationException("The cra file cannot be read: its header is not "
                        + String.join(",", CraRow.HEADER), List.of(new Violation("line 1", "unexpected header")));
            }
            em.createNativeQuery("delete from cra_line").executeUpdate();
            UUID importId = imports.begin(Dataset.CRA, file, clock.instant());
            List<DataImportReport.Rejection> rejections = new ArrayList<>();
            List<CraRow.Line> batch = new ArrayList<>(BATCH);
            long loaded = 0;
            BigDecimal total = BigDecimal.ZERO;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                CraRow row = CraRow.read(record.getRecordNumber(), record.toList());
                if (row instanceof CraRow.Line line) {
                    batch.add(line);
                    loaded++;
                    total = total.add(line.valueGbpThousand());
                    if (batch.size() == BATCH) {
                        store(importId, batch);
                        batch.clear();
                    }
                } else if (row instanceof CraRow.Rejected rejected) {
                    rejections.add(new DataImportReport.Rejection(rejected.line(), rejected.column(), rejected.reason()));
                }
            }
            store(importId, batch);
            return imports.finish(importId, open.sha256(), loaded, loaded, total, rejections);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private void store(UUID importId, List<CraRow.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into cra_line (year, department, cofog_level_0, hmt_function, cofog_level_1,
                                          hmt_subfunction, cra_segment, cra_segment_description, id_non_id,
                                          cap_or_cur, cg_lg_or_pc, nuts_region, country, value_gbp_thousand,
                                          source_row, line, import_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (CraRow.Line line : lines) {
                    insert.setString(1, line.year().toString());
                    for (int i = 0; i < line.text().size(); i++) {
                        insert.setString(2 + i, line.text().get(i));
                    }
                    insert.setBigDecimal(14, line.valueGbpThousand());
                    insert.setInt(15, line.sourceRow());
                    insert.setLong(16, line.line());
                    insert.setObject(17, importId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
