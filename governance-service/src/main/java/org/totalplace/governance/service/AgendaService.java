package org.totalplace.governance.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaEdits;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingTransitions;
import org.totalplace.governance.domain.Paper;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.AgendaItemChanged;
import org.totalplace.governance.events.AgendaItemChanged.Change;
import org.totalplace.governance.events.Outbox;

/**
 * Editing one item of a scheduled meeting's agenda: its paper, its place, or taking it off. Each change needs the
 * meeting's ETag, moves it on, and records agenda-item-changed keyed by the group id, in one transaction.
 */
@ApplicationScoped
public class AgendaService {

    private final MeetingQueries meetings;
    private final Outbox outbox;
    private final Clock clock;

    AgendaService(MeetingQueries meetings, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The item is to be taken with this paper, which must be one of the meeting's group (422 otherwise). */
    @Transactional
    public Meeting attachPaper(UUID meetingId, UUID itemId, ExpectedVersion expected, UUID paperId) {
        Meeting meeting = changeable(meetingId, expected);
        AgendaItem item = meetings.requireItem(meeting, itemId);
        Paper paper = Paper.<Paper>findByIdOptional(paperId).orElseThrow(() -> RuleViolationException.of(
                RuleDecision.reject(AgendaEdits.PAPER_ID, "names no paper; write the paper for the group first")));
        violation(AgendaEdits.checkAttach(meeting.groupId(), paper.groupId()));
        item.attachPaper(paper.id());
        return changed(Change.PAPER_ATTACHED, meeting, item);
    }

    @Transactional
    public Meeting detachPaper(UUID meetingId, UUID itemId, ExpectedVersion expected) {
        Meeting meeting = changeable(meetingId, expected);
        AgendaItem item = meetings.requireItem(meeting, itemId);
        item.detachPaper();
        return changed(Change.PAPER_DETACHED, meeting, item);
    }

    /** The item takes {@code position}; the items between shift by one, so positions stay 1..n. */
    @Transactional
    public Meeting move(UUID meetingId, UUID itemId, ExpectedVersion expected, int position) {
        Meeting meeting = changeable(meetingId, expected);
        AgendaItem item = meetings.requireItem(meeting, itemId);
        List<AgendaItem> agenda = AgendaItem.of(meeting.id());
        violation(AgendaEdits.checkMove(agenda.size(), position));
        renumber(AgendaEdits.moved(agenda, item.position(), position));
        return changed(Change.MOVED, meeting, item);
    }

    /** Takes an ADDED item off the agenda (409 for any other kind); the items after it move up one. */
    @Transactional
    public Meeting remove(UUID meetingId, UUID itemId, ExpectedVersion expected) {
        Meeting meeting = changeable(meetingId, expected);
        AgendaItem item = meetings.requireItem(meeting, itemId);
        Refusals.conflictIfRejected(AgendaEdits.checkRemove(item.kind()));
        item.delete();
        renumber(AgendaItem.of(meeting.id()).stream().filter(other -> !other.id().equals(itemId)).toList());
        return changed(Change.REMOVED, meeting, item);
    }

    /** The meeting, held for this change, at the version the client read, with an agenda that may still change. */
    /**
     * A decided barrier has nothing left to ask of a meeting: its item comes off the agenda of every meeting still
     * to be held (those already held keep it, as their record). In the caller's transaction.
     */
    @Transactional
    public void withdrawDecidedBarrier(UUID barrierId) {
        for (AgendaItem item : AgendaItem.aboutBarrierBeforeTheMeeting(barrierId)) {
            Meeting meeting = meetings.requireForChange(item.meetingId());
            item.delete();
            renumber(AgendaItem.of(meeting.id()).stream().filter(other -> !other.id().equals(item.id())).toList());
            changed(Change.REMOVED, meeting, item);
        }
    }

    private Meeting changeable(UUID meetingId, ExpectedVersion expected) {
        Meeting meeting = meetings.requireForChange(meetingId);
        expected.check(meeting.version());
        Refusals.conflictIfRejected(MeetingTransitions.checkChangeAgenda(meeting.status()));
        return meeting;
    }

    private static void renumber(List<AgendaItem> inOrder) {
        for (int n = 0; n < inOrder.size(); n++) {
            inOrder.get(n).moveTo(n + 1);
        }
    }

    private Meeting changed(Change change, Meeting meeting, AgendaItem item) {
        meeting.touch(clock.instant());
        Panache.getEntityManager().flush();
        outbox.record(AgendaItemChanged.TYPE, meeting.groupId(),
                AgendaItemChanged.of(change, meeting, item, AgendaItem.of(meeting.id())));
        return meeting;
    }

    /** A refusal of what the request asks for (422). */
    private static void violation(RuleDecision decision) {
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
    }
}
