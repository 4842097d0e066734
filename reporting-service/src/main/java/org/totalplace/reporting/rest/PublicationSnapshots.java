package org.totalplace.reporting.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.open.PublicationSubject;
import org.totalplace.reporting.domain.open.PublishedCount;
import org.totalplace.reporting.domain.open.Snapshot;
import org.totalplace.reporting.service.Publications;

/**
 * Takes the snapshot a publication keeps: a count as it stands (JSON, CSV, Fiscal Data Package descriptor), or a
 * report as /reports would give it now, with its defaults (JSON, and its first table as CSV).
 */
@ApplicationScoped
public class PublicationSnapshots {

    private final Publications publications;
    private final ReportsResource reports;
    private final ObjectMapper json;
    private final Clock clock;

    PublicationSnapshots(Publications publications, ReportsResource reports, ObjectMapper json, Clock clock) {
        this.publications = publications;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    Snapshot take(UUID id, PublicationSubject subject) {
        if (subject.isCount()) {
            PublishedCount count = publications.count(subject);
            String csvPath = "/open/publications/" + id + ".csv";
            return new Snapshot(subject.title(), write(count), CsvTables.write(count.table()),
                    write(count.dataPackage("total-place-count-" + count.pilot() + "-" + count.financialYear(),
                            csvPath, clock.instant())));
        }
        ReportFormats.Rendition rendition = switch (subject.report()) {
            case "budget" -> reports.budgetRendition(null, null, null, null);
            case "pbr-summary" -> reports.pbrSummaryRendition(null, null);
            case "fortnightly-update" -> reports.fortnightlyUpdateRendition(null, null, null);
            case "board-paper" -> reports.boardPaperRendition(null, null, null);
            case "pilot-comparison" -> reports.pilotComparisonRendition(null, null, null, null);
            default -> throw new IllegalArgumentException("not a publishable report: " + subject.report());
        };
        List<ReportDocument.Table> tables = CsvTables.tables(rendition.document().get());
        String csv = tables.isEmpty() ? "" : CsvTables.write(tables.get(0));
        return new Snapshot(subject.title(), write(rendition.json()), csv, null);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a publication's snapshot: " + e.getMessage(), e);
        }
    }
}
