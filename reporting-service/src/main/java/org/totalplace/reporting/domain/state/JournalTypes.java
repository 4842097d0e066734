package org.totalplace.reporting.domain.state;

import java.util.Set;

/** The event types the journal keeps: everything a report is folded from. Other types are not journaled. */
public final class JournalTypes {

    public static final String PILOT_REGISTERED = "totalplace.pilots.pilot-registered.v1";
    public static final String PILOT_UPDATED = "totalplace.pilots.pilot-updated.v1";
    public static final String PILOT_PHASE_CHANGED = "totalplace.pilots.pilot-phase-changed.v1";
    public static final String SUBMISSION_STATE_CHANGED = "totalplace.pilots.submission-state-changed.v1";
    public static final String SUBMISSION_SECTION_CHANGED = "totalplace.pilots.submission-section-changed.v1";
    public static final String MILESTONE_CHANGED = "totalplace.pilots.milestone-changed.v1";
    public static final String EOI_RECEIVED = "totalplace.pilots.expression-of-interest-received.v1";
    public static final String EOI_UPDATED = "totalplace.pilots.expression-of-interest-updated.v1";
    public static final String EOI_STATUS_CHANGED = "totalplace.pilots.expression-of-interest-status-changed.v1";

    public static final String BARRIER_RAISED = "totalplace.governance.barrier-raised.v1";
    public static final String BARRIER_ESCALATED = "totalplace.governance.barrier-escalated.v1";
    public static final String BARRIER_RESOLVED = "totalplace.governance.barrier-resolved.v1";
    public static final String BARRIER_DECLINED = "totalplace.governance.barrier-declined.v1";
    public static final String DECISION_RECORDED = "totalplace.governance.decision-recorded.v1";

    public static final String PILOT_TOTALS_CHANGED = "totalplace.spend.pilot-totals-changed.v1";
    public static final String BODY_SUBMISSION_STATE_CHANGED = "totalplace.spend.submission-state-changed.v1";
    public static final String PROPOSAL_CHANGED = "totalplace.spend.redesign-proposal-changed.v1";
    public static final String ADJUSTMENT_RECORDED = "totalplace.spend.adjustment-recorded.v1";
    public static final String ADJUSTMENT_WITHDRAWN = "totalplace.spend.adjustment-withdrawn.v1";

    public static final Set<String> ALL = Set.of(
            PILOT_REGISTERED, PILOT_UPDATED, PILOT_PHASE_CHANGED, SUBMISSION_STATE_CHANGED,
            SUBMISSION_SECTION_CHANGED, MILESTONE_CHANGED, EOI_RECEIVED, EOI_UPDATED, EOI_STATUS_CHANGED,
            BARRIER_RAISED, BARRIER_ESCALATED, BARRIER_RESOLVED, BARRIER_DECLINED, DECISION_RECORDED,
            PILOT_TOTALS_CHANGED, BODY_SUBMISSION_STATE_CHANGED, PROPOSAL_CHANGED, ADJUSTMENT_RECORDED,
            ADJUSTMENT_WITHDRAWN);

    private JournalTypes() {
    }

    public static boolean isJournaled(String type) {
        return type != null && ALL.contains(type);
    }
}
