package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.ReportingPoint;
import org.totalplace.pilots.domain.Submission;
import org.totalplace.pilots.domain.SubmissionAction;
import org.totalplace.pilots.domain.SubmissionState;
import org.totalplace.pilots.domain.SubmissionStateChange;
import org.totalplace.pilots.domain.SubmissionTransitions;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.SubmissionSectionChangedEvent;
import org.totalplace.pilots.events.SubmissionStateChangedEvent;

/** A pilot's submissions to the reporting points: drafting, submitting, and the programme's acceptance or return. */
@ApplicationScoped
public class SubmissionService {

    static final String REPORTING_POINT = "reportingPoint";

    private final PilotQueries pilots;
    private final TimetableQueries timetable;
    private final Outbox outbox;
    private final Clock clock;

    SubmissionService(PilotQueries pilots, TimetableQueries timetable, Outbox outbox, Clock clock) {
        this.pilots = pilots;
        this.timetable = timetable;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts the pilot's DRAFT to a reporting point; a pilot has one submission per point. */
    @Transactional
    public SubmissionView start(String pilotIdOrCode, String reportingPoint, String by) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        ReportingPoint point = timetable.findReportingPoint(reportingPoint).orElseThrow(() -> {
            String message = "is not a reporting point; there are " + timetable.reportingPointCodes();
            return new RuleViolationException("'" + reportingPoint + "' " + message,
                    List.of(new Violation(REPORTING_POINT, message)));
        });
        Submission.findOfPilotTo(pilot.id(), point.id()).ifPresent(existing -> {
            String message = "pilot '" + pilot.code() + "' already has its submission to " + point.code()
                    + " (" + existing.id() + "); change that one";
            throw new ConflictException(message, List.of(new Violation(REPORTING_POINT, message)));
        });
        Submission submission = Submission.start(pilot.id(), point, clock.instant());
        submission.persist();
        SubmissionStateChange started = submission.started(by);
        started.persist();
        TimetableWrites.flush("submission");
        outbox.record(SubmissionStateChangedEvent.TYPE, pilot.id(),
                SubmissionStateChangedEvent.of(submission, point, started));
        return timetable.view(submission);
    }

    /** Replaces the content of one section of a submission the pilot still holds (DRAFT or RETURNED). */
    @Transactional
    public SubmissionView write(String pilotIdOrCode, String submissionId, String section, ExpectedVersion expected,
                                String content) {
        Submission submission = timetable.requireSubmission(pilots.require(pilotIdOrCode), submissionId);
        ReportingPoint point = ReportingPoint.findById(submission.reportingPointId());
        if (!point.hasSection(section)) {
            throw new NotFoundException("A submission to " + point.code() + " has the agreed sections "
                    + String.join(", ", point.requiredSections()) + "; there is no section '" + section + "'");
        }
        expected.check(submission.version());
        TimetableWrites.conflictUnlessAllowed(SubmissionTransitions.checkEdit(submission.state()));
        Instant now = clock.instant();
        submission.write(section, content, now);
        TimetableWrites.flush("submission");
        outbox.record(SubmissionSectionChangedEvent.TYPE, submission.pilotId(),
                SubmissionSectionChangedEvent.of(submission, point, section, content, now));
        return timetable.view(submission);
    }

    /**
     * Submits, accepts or returns a submission, as {@link SubmissionTransitions} allows, and keeps the step in
     * its history. {@code reason} is kept only for a return, which always has one.
     */
    @Transactional
    public SubmissionView take(String pilotIdOrCode, String submissionId, SubmissionAction action,
                               ExpectedVersion expected, String reason, String by) {
        Submission submission = timetable.requireSubmission(pilots.require(pilotIdOrCode), submissionId);
        ReportingPoint point = ReportingPoint.findById(submission.reportingPointId());
        expected.check(submission.version());
        SubmissionState current = submission.state();
        TimetableWrites.conflictUnlessAllowed(SubmissionTransitions.check(current, action, point.requiredSections(),
                submission.sections(point.requiredSections())));
        SubmissionStateChange change = submission.moveTo(action.target(),
                action == SubmissionAction.RETURN ? reason : null, by,
                SubmissionStateChange.entriesOf(submission.id()), clock.instant());
        change.persist();
        TimetableWrites.flush("submission");
        outbox.record(SubmissionStateChangedEvent.TYPE, submission.pilotId(),
                SubmissionStateChangedEvent.of(submission, point, change));
        return timetable.view(submission);
    }
}
