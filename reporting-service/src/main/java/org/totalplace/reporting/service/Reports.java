package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.report.BoardPaper;
import org.totalplace.reporting.domain.report.BoardPapers;
import org.totalplace.reporting.domain.report.BudgetReport;
import org.totalplace.reporting.domain.report.BudgetReports;
import org.totalplace.reporting.domain.report.FortnightlyUpdate;
import org.totalplace.reporting.domain.report.FortnightlyUpdates;
import org.totalplace.reporting.domain.report.PbrSummaries;
import org.totalplace.reporting.domain.report.PbrSummary;
import org.totalplace.reporting.domain.report.PilotComparison;
import org.totalplace.reporting.domain.report.PilotComparisons;

/** The programme's reports: the state as of an instant (or the events of a window), handed to the builders. */
@ApplicationScoped
public class Reports {

    @Inject
    ProgrammeStateSource states;

    @Inject
    LibraryItems library;

    public BudgetReport budget(Instant asOf, FinancialYear year, Integer ruleVersion, String reportingPoint) {
        return BudgetReports.build(states.asOf(asOf), year, ruleVersion, reportingPoint);
    }

    public PbrSummary pbrSummary(Instant asOf, String reportingPoint) {
        return PbrSummaries.build(states.asOf(asOf), reportingPoint);
    }

    public FortnightlyUpdate fortnightlyUpdate(Instant from, Instant to) {
        return FortnightlyUpdates.build(states.asOf(to), states.between(from, to), from, to,
                library.publishableBetween(LocalDate.ofInstant(from, ZoneOffset.UTC),
                        LocalDate.ofInstant(to, ZoneOffset.UTC)));
    }

    public BoardPaper boardPaper(Instant asOf, LocalDate meetingDate, FinancialYear year) {
        return BoardPapers.build(states.asOf(asOf), meetingDate, year);
    }

    public PilotComparison pilotComparison(Instant asOf, FinancialYear year, Integer ruleVersion, String method) {
        return PilotComparisons.build(states.asOf(asOf), year, ruleVersion, method);
    }
}
