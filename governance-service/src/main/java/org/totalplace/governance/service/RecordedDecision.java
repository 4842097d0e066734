package org.totalplace.governance.service;

import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Decision;
import org.totalplace.governance.domain.DecisionCitations;
import org.totalplace.governance.domain.DecisionReference;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Meeting;

/** A decision with the meeting, agenda item and group it belongs to: what a reader or a citing rule needs. */
public record RecordedDecision(Decision decision, Meeting meeting, AgendaItem item, GovernanceGroup group) {

    /** "High-level officials' group, 14 October 2009, item 3". */
    public String reference() {
        return DecisionReference.of(group.name(), meeting.date(), item.position());
    }

    public DecisionCitations.Cited cited() {
        return new DecisionCitations.Cited(group.id(), group.kind().barrierTier(), group.pilotId(),
                decision.barrierId());
    }
}
