package org.totalplace.governance.domain;

/**
 * Who may resolve or decline a barrier: whoever works at the tier it has reached. At the pilot, its own staff (who
 * raise barriers); at the Government Office, the officers who escalate them; at the officials' group, those who
 * run it; at the ministerial group, the minister's office. The programme office may at every tier.
 */
public final class BarrierDeciders {

    private BarrierDeciders() {
    }

    /** The permission deciding a barrier at {@code tier} needs, for the barrier's pilot. */
    public static Permission at(EscalationTier tier) {
        return switch (tier) {
            case PILOT -> Permission.RAISE_BARRIER;
            case GOVERNMENT_OFFICE -> Permission.ESCALATE_BARRIER;
            case OFFICIALS_GROUP -> Permission.GOVERN;
            case MINISTERIAL_GROUP -> Permission.DECIDE_MINISTERIAL;
        };
    }
}
