package org.totalplace.governance.domain;

import java.util.Optional;

/**
 * What sort of governance group this is. Total Place (2009-10) ran under a ministerial group, a
 * high-level officials' group, the LGA Improvement Board, and a board in each pilot place.
 */
public enum GroupKind {
    /** Chaired by the Secretary of State for Communities and Local Government. */
    MINISTERIAL,
    /** The high-level officials' group (chaired by Sir Michael Bichard), meeting monthly. */
    OFFICIALS,
    /** The LGA Improvement Board, which receives papers in a fixed format. */
    IMPROVEMENT_BOARD,
    /** The partnership board of one pilot place. */
    PILOT_BOARD,
    /** Any other group (working groups, Government Office network meetings, ...). */
    OTHER;

    /** Whether a group of this kind belongs to exactly one pilot place. */
    public boolean belongsToPilot() {
        return this == PILOT_BOARD;
    }

    /**
     * The escalation tier whose barriers a group of this kind takes at its meetings. The Government Office
     * tier has none: a Government Office answers through its named lead, not a board.
     */
    public Optional<EscalationTier> barrierTier() {
        return switch (this) {
            case PILOT_BOARD -> Optional.of(EscalationTier.PILOT);
            case OFFICIALS -> Optional.of(EscalationTier.OFFICIALS_GROUP);
            case MINISTERIAL -> Optional.of(EscalationTier.MINISTERIAL_GROUP);
            case IMPROVEMENT_BOARD, OTHER -> Optional.empty();
        };
    }
}
