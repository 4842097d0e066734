package org.totalplace.governance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long each tier has to respond to an open barrier before the barrier goes up by rule. Pure: the
 * target times come in from configuration, "now" from the caller.
 */
public final class EscalationPolicy {

    private final Map<EscalationTier, Duration> targets;

    public EscalationPolicy(Map<EscalationTier, Duration> targets) {
        EnumMap<EscalationTier, Duration> copy = new EnumMap<>(EscalationTier.class);
        for (EscalationTier tier : EscalationTier.values()) {
            Duration target = Objects.requireNonNull(targets.get(tier), "no target response time for " + tier);
            if (target.isNegative() || target.isZero()) {
                throw new IllegalArgumentException("the target response time of " + tier + " must be positive");
            }
            copy.put(tier, target);
        }
        this.targets = copy;
    }

    public Duration target(EscalationTier tier) {
        return targets.get(tier);
    }

    /** Has an open barrier that reached {@code tier} at {@code reachedAt} waited past the tier's target at {@code now}? */
    public boolean overdue(BarrierStatus status, EscalationTier tier, Instant reachedAt, Instant now) {
        return status == BarrierStatus.OPEN && now.isAfter(reachedAt.plus(target(tier)));
    }

    /** An overdue barrier below the top goes up; at the top it stays, flagged overdue. */
    public boolean escalatesByRule(BarrierStatus status, EscalationTier tier, Instant reachedAt, Instant now) {
        return overdue(status, tier, reachedAt, now) && tier.next().isPresent();
    }

    /** The reason written on an escalation by rule. */
    public String reasonFor(EscalationTier tier) {
        return "no response within " + target(tier).toDays() + " days";
    }
}
