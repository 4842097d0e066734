package org.totalplace.governance.domain;

import java.util.UUID;

/**
 * Rules a governance group must satisfy. Pure: no I/O, no framework.
 *
 * <p>A pilot board is the board of exactly one pilot place, so it must name that pilot. The
 * national groups (ministerial, officials', Improvement Board) and other groups span the whole
 * programme, so naming a pilot for them is a mistake, not extra detail.
 */
public final class GroupRules {

    public static final String PILOT_ID = "pilotId";

    private GroupRules() {
    }

    /** May a group of {@code kind} be created with this {@code pilotId} (null when none)? */
    public static RuleDecision checkPilot(GroupKind kind, UUID pilotId) {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (kind.belongsToPilot() && pilotId == null) {
            return RuleDecision.reject(PILOT_ID, "a PILOT_BOARD must name the pilot it belongs to");
        }
        if (!kind.belongsToPilot() && pilotId != null) {
            return RuleDecision.reject(PILOT_ID,
                    "only a PILOT_BOARD belongs to a pilot; a " + kind + " group must not name one");
        }
        return RuleDecision.allow();
    }

    /** All the rules for creating a group; the first rejection wins. */
    public static RuleDecision checkCreate(GroupDetails details) {
        return checkPilot(details.kind(), details.pilotId());
    }
}
