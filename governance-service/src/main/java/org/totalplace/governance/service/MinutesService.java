package org.totalplace.governance.service;

import static org.totalplace.governance.service.MeetingChanges.flush;
import static org.totalplace.governance.service.Refusals.conflictIfRejected;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.MinutesAmendment;
import org.totalplace.governance.domain.MinutesApproval;
import org.totalplace.governance.domain.MinutesCorrection;
import org.totalplace.governance.domain.MinutesStatus;
import org.totalplace.governance.domain.MinutesTransitions;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.MinutesAmended;
import org.totalplace.governance.events.MinutesApproved;
import org.totalplace.governance.events.MinutesCorrected;
import org.totalplace.governance.events.MinutesEvent;
import org.totalplace.governance.events.Outbox;

/**
 * The minutes of a held meeting: drafted, circulated, amended, approved at a later meeting, then only corrected.
 * Each change is one transaction that moves the meeting's version and records its event, keyed by the group id.
 */
@ApplicationScoped
public class MinutesService {

    private final Outbox outbox;
    private final Clock clock;
    private final MeetingQueries meetings;
    private final MinutesQueries queries;

    MinutesService(Outbox outbox, Clock clock, MeetingQueries meetings, MinutesQueries queries) {
        this.outbox = outbox;
        this.clock = clock;
        this.meetings = meetings;
        this.queries = queries;
    }

    /** Writes the draft, or replaces it while it is still a draft; records {@code minutes-drafted}. */
    @Transactional
    public MinutesView draft(UUID meetingId, ExpectedVersion expected, String text) {
        Meeting meeting = change(meetingId, expected);
        conflictIfRejected(MinutesTransitions.checkDraft(meeting.status(), meeting.minutesStatus(), approvalOf(meeting)));
        Instant now = clock.instant();
        MeetingMinutes minutes = MeetingMinutes.ofMeeting(meeting.id())
                .map(existing -> {
                    existing.replaceText(text, now);
                    return existing;
                })
                .orElseGet(() -> {
                    MeetingMinutes created = MeetingMinutes.draft(meeting.id(), text, now);
                    created.persist();
                    return created;
                });
        // a new minutes status changes the row, which moves the version; touch() is for when nothing else does
        if (meeting.minutesStatus() == MinutesStatus.DRAFT) {
            meeting.touch(now);
        } else {
            meeting.moveMinutesTo(MinutesStatus.DRAFT, now);
        }
        flush();
        outbox.record(MinutesEvent.DRAFTED, meeting.groupId(),
                MinutesEvent.of(meeting.groupId(), meeting.date(), minutes, meeting.version()));
        return queries.view(meeting);
    }

    /** Sends the draft to the group; its text is fixed from now on. Records {@code minutes-circulated}. */
    @Transactional
    public MinutesView circulate(UUID meetingId, ExpectedVersion expected) {
        Meeting meeting = change(meetingId, expected);
        conflictIfRejected(MinutesTransitions.checkCirculate(meeting.minutesStatus(), approvalOf(meeting)));
        Instant now = clock.instant();
        MeetingMinutes minutes = MeetingMinutes.ofMeeting(meeting.id()).orElseThrow();
        minutes.circulate(now);
        meeting.moveMinutesTo(MinutesStatus.CIRCULATED, now);
        flush();
        outbox.record(MinutesEvent.CIRCULATED, meeting.groupId(),
                MinutesEvent.of(meeting.groupId(), meeting.date(), minutes, meeting.version()));
        return queries.view(meeting);
    }

    /** Records an amendment to circulated minutes and takes the amended text; records {@code minutes-amended}. */
    @Transactional
    public MinutesView amend(UUID meetingId, ExpectedVersion expected, String amendment, String text) {
        Meeting meeting = change(meetingId, expected);
        conflictIfRejected(MinutesTransitions.checkAmend(meeting.minutesStatus(), approvalOf(meeting)));
        Instant now = clock.instant();
        MeetingMinutes minutes = MeetingMinutes.ofMeeting(meeting.id()).orElseThrow();
        int number = MinutesAmendment.ofMeeting(meeting.id()).size() + 1;
        MinutesAmendment recorded = MinutesAmendment.record(meeting.id(), number, amendment, minutes.text(), now);
        recorded.persist();
        minutes.replaceText(text, now);
        meeting.touch(now);
        flush();
        outbox.record(MinutesAmended.TYPE, meeting.groupId(),
                MinutesAmended.of(meeting.groupId(), minutes, recorded, meeting.version()));
        return queries.view(meeting);
    }

    /**
     * Approves circulated minutes at a later meeting of the same group that was not cancelled; from then on the
     * meeting's record never changes. Records {@code minutes-approved}.
     */
    @Transactional
    public MinutesView approve(UUID meetingId, ExpectedVersion expected, UUID approvedAtMeetingId) {
        Meeting meeting = change(meetingId, expected);
        conflictIfRejected(MinutesTransitions.checkApprove(meeting.minutesStatus(), approvalOf(meeting)));
        Meeting approving = Meeting.<Meeting>findByIdOptional(approvedAtMeetingId).orElseThrow(() ->
                new RuleViolationException("No meeting has the id " + approvedAtMeetingId,
                        List.of(new Violation(MinutesTransitions.APPROVED_AT, "names no meeting"))));
        RuleDecision where = MinutesTransitions.checkApprovingMeeting(facts(meeting), facts(approving));
        if (where.rejected()) {
            throw RuleViolationException.of(where);
        }
        Instant now = clock.instant();
        MeetingMinutes minutes = MeetingMinutes.ofMeeting(meeting.id()).orElseThrow();
        minutes.approve(approving.id(), approving.date(), now);
        meeting.moveMinutesTo(MinutesStatus.APPROVED, now);
        flush();
        MinutesApproval approval = minutes.approval().orElseThrow();
        int amendments = MinutesAmendment.ofMeeting(meeting.id()).size();
        outbox.record(MinutesApproved.TYPE, meeting.groupId(), MinutesApproved.of(meeting.groupId(), meeting.date(),
                minutes, approval, amendments, meeting.version()));
        return queries.view(meeting);
    }

    /** Records a correction beside approved minutes, leaving their text as approved; records {@code minutes-corrected}. */
    @Transactional
    public MinutesView correct(UUID meetingId, ExpectedVersion expected, String text, String reason) {
        Meeting meeting = change(meetingId, expected);
        conflictIfRejected(MinutesTransitions.checkCorrect(meeting.minutesStatus()));
        Instant now = clock.instant();
        int number = MinutesCorrection.ofMeeting(meeting.id()).size() + 1;
        MinutesCorrection correction = MinutesCorrection.record(meeting.id(), number, text, reason, now);
        correction.persist();
        meeting.touch(now);
        flush();
        outbox.record(MinutesCorrected.TYPE, meeting.groupId(),
                MinutesCorrected.of(meeting.groupId(), correction, meeting.version()));
        return queries.view(meeting);
    }

    private Meeting change(UUID meetingId, ExpectedVersion expected) {
        return MeetingChanges.forChange(meetings, meetingId, expected);
    }

    private static MinutesApproval approvalOf(Meeting meeting) {
        return MeetingMinutes.ofMeeting(meeting.id()).flatMap(MeetingMinutes::approval).orElse(null);
    }

    private static MinutesTransitions.MeetingFacts facts(Meeting meeting) {
        return new MinutesTransitions.MeetingFacts(meeting.id(), meeting.groupId(), meeting.date(), meeting.status());
    }
}
