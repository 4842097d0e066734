package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AttendanceMark;
import org.totalplace.governance.domain.AttendanceRegister;
import org.totalplace.governance.domain.AttendanceRules;
import org.totalplace.governance.domain.MeetingStatus;
import org.totalplace.governance.domain.MeetingTransitions;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MinutesTransitions;
import org.totalplace.governance.domain.QuorumVerdict;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.AttendanceRecorded;
import org.totalplace.governance.events.MeetingHeld;
import org.totalplace.governance.events.Outbox;

/**
 * Recording who attended a meeting, and holding it. Each is one transaction that also records its event, keyed by
 * the group id.
 */
@ApplicationScoped
public class AttendanceService {

    private final Outbox outbox;
    private final Clock clock;
    private final MeetingQueries meetings;
    private final AttendanceQueries queries;
    private final AgendaBusiness agendaBusiness;

    AttendanceService(Outbox outbox, Clock clock, MeetingQueries meetings, AttendanceQueries queries,
                      AgendaBusiness agendaBusiness) {
        this.outbox = outbox;
        this.clock = clock;
        this.meetings = meetings;
        this.queries = queries;
        this.agendaBusiness = agendaBusiness;
    }

    /**
     * Records the meeting's whole attendance register, replacing any earlier one; records
     * {@code attendance-recorded}. For a held meeting the stored quorum verdict follows the new register.
     */
    @Transactional
    public AttendanceView record(UUID meetingId, ExpectedVersion expected, List<AttendanceMark> entries,
                                 List<String> inAttendance) {
        Meeting meeting = MeetingChanges.forChange(meetings, meetingId, expected);
        Refusals.conflictIfRejected(MinutesTransitions.checkRecordAttendance(meeting.status(), meeting.minutesStatus(),
                queries.approvalOf(meeting.id())));
        AttendanceQueries.GroupSeats group = queries.seatsOf(meeting.groupId());
        RuleDecision rules = AttendanceRules.checkRegister(meeting.date(), group.seats(), entries);
        if (rules.rejected()) {
            throw RuleViolationException.of(rules);
        }
        Instant now = clock.instant();
        AttendanceRegister register = AttendanceRegister.ofMeeting(meeting.id())
                .map(existing -> {
                    existing.replace(entries, inAttendance, now);
                    return existing;
                })
                .orElseGet(() -> {
                    AttendanceRegister created = AttendanceRegister.record(meeting.id(), entries, inAttendance, now);
                    created.persist();
                    return created;
                });
        QuorumVerdict verdict = group.assess(meeting.date(), register);
        if (meeting.status() == MeetingStatus.HELD) {
            register.storeQuorate(verdict.quorate());
        }
        meeting.touch(now);
        MeetingChanges.flush();
        outbox.record(AttendanceRecorded.TYPE, meeting.groupId(),
                AttendanceRecorded.of(meeting.groupId(), meeting.date(), register, verdict, meeting.version()));
        return new AttendanceView(meeting.id(), meeting.version(), register, group.rule(), verdict, group.seats());
    }

    /**
     * Marks a scheduled meeting HELD once its attendance is recorded, stores whether it was quorate and moves the
     * group's open business on to its next meeting; records {@code meeting-held}.
     */
    @Transactional
    public Meeting hold(UUID meetingId, ExpectedVersion expected) {
        Meeting meeting = MeetingChanges.forChange(meetings, meetingId, expected);
        LocalDate today = LocalDate.now(clock);
        Refusals.conflictIfRejected(MeetingTransitions.checkHold(meeting.status(), meeting.date(), today));
        AttendanceRegister register = AttendanceRegister.ofMeeting(meeting.id()).orElseThrow(() -> new ConflictException(
                "Record the meeting's attendance before marking it held: the quorum is decided from it",
                List.of(new Violation("attendance", "no attendance has been recorded for this meeting"))));
        QuorumVerdict verdict = queries.seatsOf(meeting.groupId()).assess(meeting.date(), register);
        meeting.markHeld(clock.instant());
        register.storeQuorate(verdict.quorate());
        MeetingChanges.flush();
        outbox.record(MeetingHeld.TYPE, meeting.groupId(),
                MeetingHeld.of(meeting.id(), meeting.groupId(), meeting.date(), verdict, meeting.version()));
        agendaBusiness.carryForward(meeting.groupId());
        return meeting;
    }
}
