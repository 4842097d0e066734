package org.totalplace.pilots.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.totalplace.pilots.domain.ReportingPoint;
import org.totalplace.pilots.domain.Submission;
import org.totalplace.pilots.domain.SubmissionStateChange;

/** A submission with what it is read with: the reporting point it answers and its history, oldest first. */
public record SubmissionView(Submission submission, ReportingPoint reportingPoint, List<SubmissionStateChange> history) {

    public SubmissionView {
        history = List.copyOf(history);
    }

    public Map<String, String> sections() {
        return submission.sections(reportingPoint.requiredSections());
    }

    public boolean overdueOn(LocalDate today) {
        return submission.overdueOn(reportingPoint.dueDate(), today);
    }
}
