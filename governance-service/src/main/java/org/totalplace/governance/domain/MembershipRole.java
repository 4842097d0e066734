package org.totalplace.governance.domain;

/** The part someone plays in a governance group. */
public enum MembershipRole {
    CHAIR,
    VICE_CHAIR,
    MEMBER,
    /** Stands in for one named member or chair (the LGA seat of the ministerial group had two councillors). */
    ALTERNATE,
    OBSERVER,
    SECRETARIAT;

    /** Whether an alternate may stand in for someone in this role. */
    public boolean mayHaveAlternate() {
        return this == MEMBER || this == CHAIR;
    }
}
