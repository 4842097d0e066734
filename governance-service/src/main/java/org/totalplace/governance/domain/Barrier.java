package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A barrier a pilot raised: a rule, funding stream or habit of Whitehall that stands in the way. It climbs
 * the {@link EscalationTier}s until someone resolves or declines it. Callers ask {@link BarrierTransitions} first.
 */
@Entity
@Table(name = "barrier")
public class Barrier extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "pilot_id")
    private UUID pilotId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private BarrierCategory category;

    @Column(name = "owning_department")
    private String owningDepartment;

    private String evidence;

    @Enumerated(EnumType.STRING)
    private EscalationTier tier;

    @Column(name = "tier_reached_at")
    private Instant tierReachedAt;

    @Enumerated(EnumType.STRING)
    private BarrierStatus status;

    private String decision;

    @Column(name = "whitehall_change")
    private String whitehallChange;

    /** The recorded meeting decision cited when it was resolved or declined, if one was. */
    @Column(name = "decision_id")
    private UUID decisionId;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Barrier() {
        // for JPA
    }

    /** A new barrier starts with the pilot itself, open. */
    public static Barrier raise(BarrierDetails details, Instant now) {
        Barrier barrier = new Barrier();
        barrier.id = UUID.randomUUID();
        barrier.pilotId = details.pilotId();
        barrier.title = details.title();
        barrier.description = details.description();
        barrier.category = details.category();
        barrier.owningDepartment = details.owningDepartment();
        barrier.evidence = details.evidence();
        barrier.tier = EscalationTier.PILOT;
        barrier.tierReachedAt = now;
        barrier.status = BarrierStatus.OPEN;
        barrier.createdAt = now;
        barrier.updatedAt = now;
        return barrier;
    }

    /** Up one tier; the new tier's clock starts now. */
    public EscalationTier escalate(Instant now) {
        EscalationTier from = tier;
        tier = tier.next().orElseThrow(() -> new IllegalStateException("nothing above " + from));
        tierReachedAt = now;
        updatedAt = now;
        return from;
    }

    /** {@code decisionId} is the recorded decision cited, or null; the caller has checked it may be cited. */
    public void resolve(String decision, String whitehallChange, UUID decisionId, Instant now) {
        close(BarrierStatus.RESOLVED, decision, decisionId, now);
        this.whitehallChange = whitehallChange;
    }

    public void decline(String decision, UUID decisionId, Instant now) {
        close(BarrierStatus.DECLINED, decision, decisionId, now);
    }

    private void close(BarrierStatus outcome, String decision, UUID decisionId, Instant now) {
        this.status = outcome;
        this.decision = decision;
        this.decisionId = decisionId;
        this.updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Barriers of the pilots in {@code scope}, optionally filtered. */
    public static PanacheQuery<Barrier> listed(Optional<UUID> pilotId, Optional<EscalationTier> tier,
                                               Optional<BarrierStatus> status, Optional<BarrierCategory> category,
                                               PilotScope scope, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        PilotScopeCondition.on("pilotId", scope, parameters).ifPresent(conditions::add);
        if (pilotId.isPresent()) {
            conditions.add("pilotId = :pilotId");
            parameters = parameters.and("pilotId", pilotId.get());
        }
        if (tier.isPresent()) {
            conditions.add("tier = :tier");
            parameters = parameters.and("tier", tier.get());
        }
        if (status.isPresent()) {
            conditions.add("status = :status");
            parameters = parameters.and("status", status.get());
        }
        if (category.isPresent()) {
            conditions.add("category = :category");
            parameters = parameters.and("category", category.get());
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }

    /** The open barriers at a tier (of one pilot, when given), longest waiting first. */
    public static List<Barrier> openAt(EscalationTier tier, Optional<UUID> pilotId) {
        Sort order = Sort.by("tierReachedAt").and("id");
        return pilotId.isPresent()
                ? list("status = ?1 and tier = ?2 and pilotId = ?3", order, BarrierStatus.OPEN, tier, pilotId.get())
                : list("status = ?1 and tier = ?2", order, BarrierStatus.OPEN, tier);
    }

    /** Every open barrier, oldest first at each tier. */
    public static List<Barrier> open() {
        return list("status", Sort.by("tierReachedAt").and("id"), BarrierStatus.OPEN);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public BarrierCategory category() {
        return category;
    }

    public String owningDepartment() {
        return owningDepartment;
    }

    public String evidence() {
        return evidence;
    }

    public EscalationTier tier() {
        return tier;
    }

    public Instant tierReachedAt() {
        return tierReachedAt;
    }

    public BarrierStatus status() {
        return status;
    }

    public String decision() {
        return decision;
    }

    public String whitehallChange() {
        return whitehallChange;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
