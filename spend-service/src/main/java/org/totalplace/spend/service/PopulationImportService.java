package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;
import org.totalplace.spend.config.SharedDataConfig;
import org.totalplace.spend.domain.Dataset;
import org.totalplace.spend.domain.PopulationFigure;
import org.totalplace.spend.domain.PopulationRow;

/**
 * Imports an ONS population file as shipped (wide: year × area), streamed row by row. The import replaces the
 * dataset's figures wholesale in one transaction: re-importing the same file gives the same figures.
 */
@ApplicationScoped
public class PopulationImportService {

    private final EntityManager em;
    private final DataImports imports;
    private final SharedDataConfig shared;
    private final Clock clock;

    PopulationImportService(EntityManager em, DataImports imports, SharedDataConfig shared, Clock clock) {
        this.em = em;
        this.imports = imports;
        this.shared = shared;
        this.clock = clock;
    }

    /** Imports the dataset's file from the shared data folder. */
    @Transactional
    public DataImportReport importShipped(Dataset dataset) {
        return importFile(dataset, shared.data(dataset.file()));
    }

    /** Imports a population file from any path (tests use files of their own). */
    @Transactional
    public DataImportReport importFile(Dataset dataset, Path file) {
        if (dataset != Dataset.POPULATION_LA && dataset != Dataset.POPULATION_REGIONS) {
            throw new IllegalArgumentException(dataset + " is no population dataset");
        }
        try (DataImports.OpenFile open = DataImports.open(dataset, file)) {
            Iterator<CSVRecord> records = open.parser().iterator();
            if (!records.hasNext()) {
                throw refused(dataset, "the file is empty");
            }
            List<String> header = records.next().toList();
            String problem = PopulationRow.headerProblem(header);
            if (problem != null) {
                throw refused(dataset, problem);
            }
            em.createNativeQuery("delete from population where dataset = :dataset")
                    .setParameter("dataset", dataset.id()).executeUpdate();
            UUID importId = imports.begin(dataset, file, clock.instant());
            List<DataImportReport.Rejection> rejections = new ArrayList<>();
            Map<Integer, Long> lineByYear = new HashMap<>();
            long loaded = 0;
            long figures = 0;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = record.getRecordNumber();
                PopulationRow row = PopulationRow.read(line, header, record.toList());
                if (row instanceof PopulationRow.Loaded ok) {
                    Long earlier = lineByYear.putIfAbsent(ok.year(), line);
                    if (earlier != null) {
                        rejections.add(new DataImportReport.Rejection(line, header.get(0),
                                "year " + ok.year() + " is already given on line " + earlier));
                        continue;
                    }
                    store(dataset, importId, ok.figures());
                    loaded++;
                    figures += ok.figures().size();
                } else if (row instanceof PopulationRow.Rejected rejected) {
                    rejections.add(new DataImportReport.Rejection(rejected.line(), rejected.column(), rejected.reason()));
                }
            }
            return imports.finish(importId, open.sha256(), loaded, figures, null, rejections);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private void store(Dataset dataset, UUID importId, List<PopulationFigure> figures) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into population (dataset, area, year, population, import_id) values (?, ?, ?, ?, ?)""")) {
                for (PopulationFigure figure : figures) {
                    insert.setString(1, dataset.id());
                    insert.setString(2, figure.area());
                    insert.setInt(3, figure.year());
                    insert.setLong(4, figure.population());
                    insert.setObject(5, importId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    private static RuleViolationException refused(Dataset dataset, String problem) {
        return new RuleViolationException("The " + dataset.id() + " file cannot be read as a population file: "
                + problem, List.of(new Violation("line 1", problem)));
    }
}
