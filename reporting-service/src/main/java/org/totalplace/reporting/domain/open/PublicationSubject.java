package org.totalplace.reporting.domain.open;

import java.util.ArrayList;
import java.util.List;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.InvalidValueException;

/**
 * What a publication publishes: a pilot's count of a financial year ({@code PILOT_COUNT}), or one of the programme's
 * reports ({@code REPORT}) as it stands when published.
 */
public record PublicationSubject(String kind, String pilot, String financialYear, String report) {

    public static final String PILOT_COUNT = "PILOT_COUNT";
    public static final String REPORT = "REPORT";
    /** The reports that can be published, as /reports names them. */
    public static final List<String> REPORTS = List.of("budget", "pbr-summary", "fortnightly-update", "board-paper",
            "pilot-comparison");

    public record Rejection(String field, String message) {
    }

    public boolean isCount() {
        return PILOT_COUNT.equals(kind);
    }

    /** Every field that is missing, ill-formed or does not belong to the kind, named {@code subject.<field>}. */
    public List<Rejection> malformed() {
        List<Rejection> out = new ArrayList<>();
        if (PILOT_COUNT.equals(kind)) {
            if (pilot == null || pilot.isBlank()) {
                out.add(new Rejection("subject.pilot", "is required for a PILOT_COUNT: the pilot's code"));
            }
            if (financialYear == null || financialYear.isBlank()) {
                out.add(new Rejection("subject.financialYear", "is required for a PILOT_COUNT, e.g. 2009-10"));
            } else {
                try {
                    FinancialYear.parse(financialYear);
                } catch (InvalidValueException e) {
                    out.add(new Rejection("subject.financialYear", e.getMessage()));
                }
            }
            if (report != null) {
                out.add(new Rejection("subject.report", "belongs to a REPORT, not a PILOT_COUNT"));
            }
        } else if (REPORT.equals(kind)) {
            if (report == null || !REPORTS.contains(report)) {
                out.add(new Rejection("subject.report", "must be one of " + String.join(", ", REPORTS)
                        + (report == null ? "" : " (got " + report + ")")));
            }
            if (pilot != null) {
                out.add(new Rejection("subject.pilot", "belongs to a PILOT_COUNT, not a REPORT"));
            }
            if (financialYear != null) {
                out.add(new Rejection("subject.financialYear", "belongs to a PILOT_COUNT, not a REPORT"));
            }
        } else {
            out.add(new Rejection("subject.kind", "must be PILOT_COUNT or REPORT"
                    + (kind == null ? "" : " (got " + kind + ")")));
        }
        return out;
    }

    /** How the open index names it. */
    public String title() {
        return isCount() ? "Total Place count of " + pilot + ", financial year " + financialYear
                : "Total Place report: " + report;
    }
}
