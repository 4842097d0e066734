package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a barrier's history; entries are only ever added. */
@Entity
@Table(name = "barrier_step")
public class BarrierStep extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    @Column(name = "barrier_id")
    private UUID barrierId;

    @Enumerated(EnumType.STRING)
    private BarrierStepKind kind;

    /** The tier the barrier is at after this step. */
    @Enumerated(EnumType.STRING)
    private EscalationTier tier;

    /** True when a rule, not a person, took the step (escalation of an overdue barrier). */
    private boolean automatic;

    /** Why it was escalated, or the decision taken. */
    private String reason;

    @Column(name = "whitehall_change")
    private String whitehallChange;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    protected BarrierStep() {
        // for JPA
    }

    public static BarrierStep of(Barrier barrier, BarrierStepKind kind, boolean automatic, String reason,
                                 String whitehallChange, Instant now) {
        BarrierStep step = new BarrierStep();
        step.barrierId = barrier.id();
        step.kind = kind;
        step.tier = barrier.tier();
        step.automatic = automatic;
        step.reason = reason;
        step.whitehallChange = whitehallChange;
        step.occurredAt = now;
        return step;
    }

    public static List<BarrierStep> of(UUID barrierId) {
        return list("barrierId", Sort.by("seq"), barrierId);
    }

    public BarrierStepKind kind() {
        return kind;
    }

    public EscalationTier tier() {
        return tier;
    }

    public boolean automatic() {
        return automatic;
    }

    public String reason() {
        return reason;
    }

    public String whitehallChange() {
        return whitehallChange;
    }

    public Instant occurredAt() {
        return occurredAt;
    }
}
