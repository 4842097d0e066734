package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.ActionDetails;
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.ActionMove;
import org.totalplace.governance.domain.ActionRules;
import org.totalplace.governance.domain.ActionTransitions;
import org.totalplace.governance.domain.Decision;
import org.totalplace.governance.domain.DecisionCitations;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingRecordRules;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.ActionEvent;
import org.totalplace.governance.events.Outbox;

/**
 * Actions a held meeting gives, and their closing. A new action goes straight onto the group's next scheduled
 * meeting as matters arising; events are keyed by the group id.
 */
@ApplicationScoped
public class ActionService {

    private final Outbox outbox;
    private final Clock clock;
    private final MeetingQueries meetings;
    private final ActionQueries actions;
    private final AgendaBusiness agendas;

    ActionService(Outbox outbox, Clock clock, MeetingQueries meetings, ActionQueries actions, AgendaBusiness agendas) {
        this.outbox = outbox;
        this.clock = clock;
        this.meetings = meetings;
        this.actions = actions;
        this.agendas = agendas;
    }

    @Transactional
    public ActionItem record(UUID meetingId, ExpectedVersion expected, ActionDetails details) {
        Meeting meeting = meetings.requireForChange(meetingId);
        expected.check(meeting.version());
        Refusals.conflictIfRejected(MeetingRecordRules.checkRecord("action", meeting.status(), meeting.minutesStatus()));
        ActionDetails placed = placed(meeting, details);
        refuseIfBroken(ActionRules.checkDueDate(details.dueDate(), meeting.date()));
        Instant now = clock.instant();
        ActionItem action = ActionItem.record(meeting.id(), meeting.groupId(), placed, now);
        action.persist();
        meeting.touch(now);
        ActionItem.flush();
        outbox.record(ActionEvent.RECORDED, meeting.groupId(), ActionEvent.of(action));
        agendas.carryForward(meeting.groupId());
        return action;
    }

    @Transactional
    public ActionItem complete(UUID id, ExpectedVersion expected, String note) {
        return close(id, expected, ActionMove.COMPLETE, note);
    }

    @Transactional
    public ActionItem drop(UUID id, ExpectedVersion expected, String note) {
        return close(id, expected, ActionMove.DROP, note);
    }

    private ActionItem close(UUID id, ExpectedVersion expected, ActionMove move, String note) {
        ActionItem action = actions.require(id);
        expected.check(action.version());
        Refusals.conflictIfRejected(ActionTransitions.check(action.status(), move));
        action.close(move, note, clock.instant());
        ActionItem.flush();
        outbox.record(ActionEvent.CLOSED, action.groupId(), ActionEvent.of(action));
        return action;
    }

    /**
     * The details with the agenda item filled in from the decision when only the decision is named. Both must
     * belong to this meeting, and a named item must be the one the decision was taken on (422 otherwise).
     */
    private static ActionDetails placed(Meeting meeting, ActionDetails details) {
        if (details.decisionId() == null) {
            if (details.agendaItemId() != null) {
                DecisionService.itemOf(meeting, details.agendaItemId());
            }
            return details;
        }
        Decision decision = Decision.<Decision>findByIdOptional(details.decisionId())
                .filter(found -> found.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new RuleViolationException(
                        "The meeting '" + meeting.id() + "' recorded no decision with the id '" + details.decisionId() + "'",
                        List.of(new Violation(DecisionCitations.DECISION_ID, "is not a decision of this meeting"))));
        if (details.agendaItemId() != null && !details.agendaItemId().equals(decision.agendaItemId())) {
            DecisionService.itemOf(meeting, details.agendaItemId());
            throw new RuleViolationException("The decision was taken on another agenda item ('"
                    + decision.agendaItemId() + "')",
                    List.of(new Violation(DecisionService.AGENDA_ITEM_ID, "is not the item the decision was taken on")));
        }
        return new ActionDetails(decision.agendaItemId(), decision.id(), details.description(), details.owner(),
                details.dueDate());
    }

    private static void refuseIfBroken(RuleDecision decision) {
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
    }
}
