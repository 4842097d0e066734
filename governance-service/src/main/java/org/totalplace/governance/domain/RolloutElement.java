package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One element of the roll-out of Total Place as put to ministers (seed 001): its emerging hypothesis, the outcomes
 * sought, the barriers to achieving them and ways of overcoming these, and how far the hypothesis has got.
 */
@Entity
@Table(name = "rollout_element")
public class RolloutElement extends PanacheEntityBase {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private RolloutElementKind kind;

    private String hypothesis;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "outcomes_sought")
    private List<String> outcomesSought = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "ways_to_overcome")
    private List<String> waysToOvercome = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rollout_element_barrier", joinColumns = @JoinColumn(name = "element_id"))
    @OrderColumn(name = "position")
    @Column(name = "barrier_id")
    private List<UUID> barrierIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private RolloutElementStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RolloutElement() {
        // for JPA
    }

    /** A new element starts PROPOSED; the caller has checked its barriers ({@link RolloutElementRules}). */
    public static RolloutElement record(RolloutElementDetails details, Instant now) {
        RolloutElement element = new RolloutElement();
        element.id = UUID.randomUUID();
        element.status = RolloutElementStatus.PROPOSED;
        element.createdAt = now;
        element.revise(details, now);
        return element;
    }

    public void revise(RolloutElementDetails details, Instant now) {
        kind = details.kind();
        hypothesis = details.hypothesis();
        outcomesSought = new ArrayList<>(details.outcomesSought());
        waysToOvercome = new ArrayList<>(details.waysToOvercome());
        linkBarriers(details.barrierIds(), now);
    }

    public void linkBarriers(List<UUID> barriers, Instant now) {
        barrierIds.clear();
        barrierIds.addAll(barriers);
        updatedAt = now;
    }

    /** Moves to an allowed status ({@link RolloutElementTransitions}), keeping why. */
    public void move(RolloutElementStatus to, String reason, Instant now) {
        status = to;
        statusReason = reason == null || reason.isBlank() ? null : reason.strip();
        updatedAt = now;
    }

    public static PanacheQuery<RolloutElement> listed(Optional<RolloutElementKind> kind,
                                                      Optional<RolloutElementStatus> status, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (kind.isPresent()) {
            conditions.add("kind = :kind");
            parameters = parameters.and("kind", kind.get());
        }
        if (status.isPresent()) {
            conditions.add("status = :status");
            parameters = parameters.and("status", status.get());
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }

    public UUID id() {
        return id;
    }

    public RolloutElementKind kind() {
        return kind;
    }

    public String hypothesis() {
        return hypothesis;
    }

    public List<String> outcomesSought() {
        return List.copyOf(outcomesSought);
    }

    public List<String> waysToOvercome() {
        return List.copyOf(waysToOvercome);
    }

    public List<UUID> barrierIds() {
        return List.copyOf(barrierIds);
    }

    public RolloutElementStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
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
