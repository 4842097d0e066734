package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.AttendanceRegister;
import org.totalplace.governance.domain.Decision;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingRecordRules;
import org.totalplace.governance.events.DecisionRecorded;
import org.totalplace.governance.events.Outbox;

/** Records the decisions a held meeting took; each is part of the meeting, so the meeting's version moves. */
@ApplicationScoped
public class DecisionService {

    static final String AGENDA_ITEM_ID = "agendaItemId";

    private final Outbox outbox;
    private final Clock clock;
    private final MeetingQueries meetings;
    private final DecisionQueries decisions;

    DecisionService(Outbox outbox, Clock clock, MeetingQueries meetings, DecisionQueries decisions) {
        this.outbox = outbox;
        this.clock = clock;
        this.meetings = meetings;
        this.decisions = decisions;
    }

    @Transactional
    public RecordedDecision record(UUID meetingId, ExpectedVersion expected, UUID agendaItemId, String text) {
        Meeting meeting = meetings.requireForChange(meetingId);
        expected.check(meeting.version());
        Refusals.conflictIfRejected(MeetingRecordRules.checkRecord("decision", meeting.status(), meeting.minutesStatus()));
        Refusals.conflictIfRejected(MeetingRecordRules.checkDecide(AttendanceRegister.quorateOf(meeting.id())));
        AgendaItem item = itemOf(meeting, agendaItemId);
        Instant now = clock.instant();
        Decision decision = Decision.record(meeting.id(), meeting.groupId(), item.id(), item.barrierId(), text, now);
        decision.persist();
        meeting.touch(now);
        Decision.flush();
        outbox.record(DecisionRecorded.TYPE, meeting.groupId(), DecisionRecorded.of(decision, meeting, item));
        return decisions.require(decision.id());
    }

    /** An agenda item named in a request body must be on this meeting's agenda (else 422). */
    static AgendaItem itemOf(Meeting meeting, UUID agendaItemId) {
        return AgendaItem.<AgendaItem>findByIdOptional(agendaItemId)
                .filter(item -> item.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RuleViolationException(
                        "The meeting '" + meeting.id() + "' has no agenda item with the id '" + agendaItemId + "'",
                        List.of(new Violation(AGENDA_ITEM_ID, "is not an item on this meeting's agenda"))));
    }
}
