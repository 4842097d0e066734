package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Decision;
import org.totalplace.governance.domain.DecisionCitations;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Meeting;

/** Reads of recorded decisions, with what they belong to. */
@ApplicationScoped
public class DecisionQueries {

    private final MeetingQueries meetings;

    DecisionQueries(MeetingQueries meetings) {
        this.meetings = meetings;
    }

    public RecordedDecision require(UUID id) {
        Decision decision = Decision.<Decision>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No decision has the id '" + id + "'"));
        return withContext(decision);
    }

    /** A decision named in a request body: an unknown one is a 422 on {@code decisionId}, not a 404. */
    public RecordedDecision cited(UUID id) {
        return Decision.<Decision>findByIdOptional(id).map(this::withContext)
                .orElseThrow(() -> new RuleViolationException("No decision has the id '" + id + "'",
                        List.of(new Violation(DecisionCitations.DECISION_ID, "names no recorded decision"))));
    }

    /** One page of a meeting's decisions (404 for an unknown meeting) in the order they were recorded. */
    public Page<RecordedDecision> of(UUID meetingId, int page, int size) {
        meetings.require(meetingId);
        var query = Decision.of(meetingId);
        return new Page<>(query.page(page, size).list(), query.count()).map(this::withContext);
    }

    private RecordedDecision withContext(Decision decision) {
        Meeting meeting = Meeting.findById(decision.meetingId());
        AgendaItem item = AgendaItem.findById(decision.agendaItemId());
        GovernanceGroup group = GovernanceGroup.findById(decision.groupId());
        return new RecordedDecision(decision, meeting, item, group);
    }
}
