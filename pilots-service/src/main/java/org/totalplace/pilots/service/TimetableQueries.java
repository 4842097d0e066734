package org.totalplace.pilots.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.totalplace.pilots.domain.Milestone;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.ReportingPoint;
import org.totalplace.pilots.domain.Submission;
import org.totalplace.pilots.domain.SubmissionStateChange;

/** Reads of the programme timetable: reporting points, and each pilot's milestones and submissions. */
@ApplicationScoped
public class TimetableQueries {

    private final PilotQueries pilots;
    private final Clock clock;

    TimetableQueries(PilotQueries pilots, Clock clock) {
        this.pilots = pilots;
        this.clock = clock;
    }

    /** The day against which "overdue" is judged. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- reporting points --------------------------------------------------------------------------

    /** A reporting point by its id or its code, ignoring case ({@code budget-2010}). */
    public ReportingPoint reportingPoint(String idOrCode) {
        return findReportingPoint(idOrCode).orElseThrow(() -> new NotFoundException(
                "No reporting point has the id or code '" + idOrCode + "'; there are " + reportingPointCodes()));
    }

    Optional<ReportingPoint> findReportingPoint(String idOrCode) {
        return asUuid(idOrCode).map(id -> ReportingPoint.<ReportingPoint>findByIdOptional(id))
                .orElseGet(() -> ReportingPoint.findByCode(idOrCode));
    }

    String reportingPointCodes() {
        return ReportingPoint.listed(Sort.by("dueDate")).list().stream().map(ReportingPoint::code)
                .collect(Collectors.joining(", "));
    }

    public Page<ReportingPoint> reportingPoints(PageRequest request) {
        var query = ReportingPoint.listed(sort(request, "code"));
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }

    // --- milestones --------------------------------------------------------------------------------

    public Page<Milestone> milestones(String pilotIdOrCode, PageRequest request) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        var query = Milestone.ofPilot(pilot.id(), sort(request, "createdAt").and("id"));
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }

    public Milestone milestone(String pilotIdOrCode, String milestoneId) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        return asUuid(milestoneId).flatMap(id -> Milestone.findOfPilot(pilot.id(), id))
                .orElseThrow(() -> new NotFoundException(
                        "Pilot '" + pilot.code() + "' has no milestone with the id '" + milestoneId + "'"));
    }

    // --- submissions -------------------------------------------------------------------------------

    public Page<SubmissionView> submissions(String pilotIdOrCode, PageRequest request) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        var query = Submission.ofPilot(pilot.id(), sort(request, "createdAt").and("id"));
        Map<UUID, ReportingPoint> points = ReportingPoint.<ReportingPoint>listAll().stream()
                .collect(Collectors.toMap(ReportingPoint::id, Function.identity()));
        return new Page<>(query.page(request.page(), request.size()).list(), query.count())
                .map(submission -> view(submission, points.get(submission.reportingPointId())));
    }

    public SubmissionView submission(String pilotIdOrCode, String submissionId) {
        return view(requireSubmission(pilots.require(pilotIdOrCode), submissionId));
    }

    Submission requireSubmission(Pilot pilot, String submissionId) {
        return asUuid(submissionId).flatMap(id -> Submission.findOfPilot(pilot.id(), id))
                .orElseThrow(() -> new NotFoundException(
                        "Pilot '" + pilot.code() + "' has no submission with the id '" + submissionId + "'"));
    }

    SubmissionView view(Submission submission) {
        return view(submission, ReportingPoint.findById(submission.reportingPointId()));
    }

    private static SubmissionView view(Submission submission, ReportingPoint point) {
        List<SubmissionStateChange> history = SubmissionStateChange.historyOf(submission.id());
        return new SubmissionView(submission, point, history);
    }

    // -----------------------------------------------------------------------------------------------

    private static Sort sort(PageRequest request, String tieBreaker) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
        return request.sortField().equals(tieBreaker) ? sort : sort.and(tieBreaker);
    }

    private static Optional<UUID> asUuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
