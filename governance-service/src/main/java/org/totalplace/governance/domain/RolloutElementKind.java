package org.totalplace.governance.domain;

/**
 * The elements of the roll-out of Total Place that the paper to ministers was to contain (seed 001, Improvement
 * Board, 19 January 2010, paragraph 6).
 */
public enum RolloutElementKind {
    /** "Collaborative approach to service redesign". */
    COLLABORATIVE_SERVICE_REDESIGN,
    /** "Embedding a new form of local leadership". */
    LOCAL_LEADERSHIP,
    /** "Policy co-design and review". */
    POLICY_CO_DESIGN,
    /** "Innovation and its roll-out". */
    INNOVATION_AND_ROLL_OUT,
    /** "Fora with authority to overcome barriers". */
    FORA_WITH_AUTHORITY
}
