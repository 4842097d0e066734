package org.totalplace.reporting.domain;

/**
 * What a request does, as far as who may do it is concerned. Every endpoint names one; {@link AccessRules} says
 * which roles may do each, and for which pilots. The same list in every service: a permission a service has no
 * endpoint for is simply never named there.
 */
public enum Permission {
    /** Programme-wide reference data (reporting points, partner bodies, groups, counting rules): any role but reader. */
    READ_PROGRAMME(false),
    /** A pilot's own records: everyone with a programme-wide role; pilot staff for their pilots; a GO for its region. */
    READ_PILOT(true),
    /** A pilot's register entries (its details, areas, partners, roles, milestones, submissions to the programme). */
    EDIT_REGISTER(true),
    /** A pilot's spend: submissions, imports, lines, redesign proposals. */
    SUBMIT_SPEND(true),
    /** Raising a barrier for a pilot. */
    RAISE_BARRIER(true),
    /** Commenting on a pilot's records: pilot staff for theirs, a Government Office for its region. */
    COMMENT(true),
    /** Escalating a pilot's barrier to officials: a Government Office for pilots in its region. */
    ESCALATE_BARRIER(true),
    /** Running the officials' and ministers' groups: meetings, agendas, papers, attendance, minutes, decisions. */
    GOVERN(false),
    /** Deciding at ministerial tier (a barrier escalated to ministers, a decision of the ministerial group). */
    DECIDE_MINISTERIAL(false),
    /** Spend moderation: counting rules, moderating submissions, adjustments. */
    MODERATE(false),
    /** Published reports: every role, reader included. */
    READ_REPORTS(false),
    /** A Government Office's webhook subscriptions: its own region's. */
    SUBSCRIBE(true),
    /** Running the programme itself: registering pilots, expressions of interest, national data, audit, rebuilds. */
    ADMINISTER(false);

    private final boolean aboutAPlace;

    Permission(boolean aboutAPlace) {
        this.aboutAPlace = aboutAPlace;
    }

    /** True when who may do it depends on which pilot (or region) the request is about. */
    public boolean aboutAPlace() {
        return aboutAPlace;
    }
}
