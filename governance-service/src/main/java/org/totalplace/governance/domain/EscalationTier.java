package org.totalplace.governance.domain;

import java.util.Optional;

/** The tiers a barrier climbs, in order, until one with the power to remove it decides. */
public enum EscalationTier {
    PILOT,
    GOVERNMENT_OFFICE,
    OFFICIALS_GROUP,
    MINISTERIAL_GROUP;

    /** The tier above, or empty at the top. */
    public Optional<EscalationTier> next() {
        EscalationTier[] tiers = values();
        return ordinal() + 1 < tiers.length ? Optional.of(tiers[ordinal() + 1]) : Optional.empty();
    }
}
