package org.totalplace.governance.domain;

/** How a group's quorum is set: a majority of its voting seats, or a fixed number of them. */
public enum QuorumKind {
    /** More than half of the voting seats in post on the meeting date. */
    MAJORITY,
    /** At least a stated number of voting seats, however many the group has. */
    AT_LEAST
}
