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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** One entry of the programme's RAID log: a risk or an issue, scored and rated by {@link RaidScore}. */
@Entity
@Table(name = "raid_item")
public class RaidItem extends PanacheEntityBase {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private RaidKind kind;

    private String title;

    private String description;

    private Integer probability;

    private int impact;

    private int score;

    @Enumerated(EnumType.STRING)
    private Rag rag;

    private String owner;

    private String mitigation;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @Column(name = "pilot_id")
    private UUID pilotId;

    @Enumerated(EnumType.STRING)
    private RaidStatus status;

    @Column(name = "closed_reason")
    private String closedReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RaidItem() {
        // for JPA
    }

    /** A new open entry; the caller has asked {@link RaidRules} first. */
    public static RaidItem record(RaidDetails details, Instant now) {
        RaidItem item = new RaidItem();
        item.id = UUID.randomUUID();
        item.status = RaidStatus.OPEN;
        item.createdAt = now;
        item.apply(details, now);
        return item;
    }

    /** Replaces what the client says about the entry; score and RAG follow. */
    public void revise(RaidDetails details, Instant now) {
        apply(details, now);
    }

    public void close(String reason, Instant now) {
        status = RaidStatus.CLOSED;
        closedReason = reason;
        closedAt = now;
        updatedAt = now;
    }

    private void apply(RaidDetails details, Instant now) {
        RaidScore rating = RaidScore.of(details.probability(), details.impact());
        kind = details.kind();
        title = details.title();
        description = details.description();
        probability = details.probability();
        impact = details.impact();
        score = rating.score();
        rag = rating.rag();
        owner = details.owner();
        mitigation = details.mitigation();
        reviewDate = details.reviewDate();
        pilotId = details.pilotId();
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /**
     * Entries, optionally of one kind, one RAG rating, one owner (ignoring case), and/or only the open ones
     * whose review date is on or before {@code reviewDueBy}: every programme-wide entry, and those of the pilots in
     * {@code pilots}.
     */
    public static PanacheQuery<RaidItem> listed(Optional<RaidKind> kind, Optional<Rag> rag, Optional<String> owner,
                                                Optional<LocalDate> reviewDueBy, PilotScope pilots, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        PilotScopeCondition.on("pilotId", pilots, parameters)
                .ifPresent(inScope -> conditions.add("(pilotId is null or " + inScope + ")"));
        if (kind.isPresent()) {
            conditions.add("kind = :kind");
            parameters = parameters.and("kind", kind.get());
        }
        if (rag.isPresent()) {
            conditions.add("rag = :rag");
            parameters = parameters.and("rag", rag.get());
        }
        if (owner.isPresent()) {
            conditions.add("lower(owner) = :owner");
            parameters = parameters.and("owner", owner.get().strip().toLowerCase(Locale.ROOT));
        }
        if (reviewDueBy.isPresent()) {
            conditions.add("status = :open and reviewDate <= :dueBy");
            parameters = parameters.and("open", RaidStatus.OPEN).and("dueBy", reviewDueBy.get());
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public RaidKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Integer probability() {
        return probability;
    }

    public int impact() {
        return impact;
    }

    public int score() {
        return score;
    }

    public Rag rag() {
        return rag;
    }

    public String owner() {
        return owner;
    }

    public String mitigation() {
        return mitigation;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public RaidStatus status() {
        return status;
    }

    public String closedReason() {
        return closedReason;
    }

    public Instant closedAt() {
        return closedAt;
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
