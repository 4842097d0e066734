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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/**
 * A governance group of the programme: the ministerial group, the high-level officials' group, the LGA
 * Improvement Board, the board of one pilot place, or another group.
 */
@Entity
@Table(name = "governance_group")
public class GovernanceGroup extends PanacheEntityBase {

    @Id
    private UUID id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private GroupKind kind;

    /** The pilot a {@link GroupKind#PILOT_BOARD} belongs to; null for every other kind. */
    @Column(name = "pilot_id")
    private UUID pilotId;

    /** Who chairs it, as written ("Secretary of State for Communities and Local Government"). */
    private String chair;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "quorum_kind")
    private QuorumKind quorumKind;

    /** The number of an AT_LEAST quorum; null for MAJORITY. */
    @Column(name = "quorum_seats")
    private Integer quorumSeats;

    @Version
    private long version;

    /**
     * The standing agenda's ETag (V6): moves on each time the whole list is replaced. Excluded from optimistic
     * locking so that replacing the standing agenda leaves the group's own version alone.
     */
    @Column(name = "standing_agenda_version")
    @OptimisticLock(excluded = true)
    private long standingAgendaVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected GovernanceGroup() {
        // for JPA
    }

    /** A new group; the caller has asked {@link GroupRules} first. */
    public static GovernanceGroup create(GroupCode code, GroupDetails details, Instant now) {
        GovernanceGroup group = new GovernanceGroup();
        group.id = UUID.randomUUID();
        group.code = code.value();
        group.name = details.name();
        group.kind = details.kind();
        group.pilotId = details.pilotId();
        group.chair = details.chair();
        group.cadence = details.cadence();
        group.purpose = details.purpose();
        group.quorumKind = details.quorum().kind();
        group.quorumSeats = details.quorum().seats();
        group.createdAt = now;
        group.updatedAt = now;
        return group;
    }

    /** The standing agenda was replaced (the caller holds the group's row, so no replacement is lost). */
    public void standingAgendaReplaced() {
        standingAgendaVersion++;
    }

    // --- queries ----------------------------------------------------------------------------------

    public static Optional<GovernanceGroup> findByCode(String code) {
        return find("code", code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Groups, optionally only of one kind and/or one pilot: every programme-wide group, and the pilot boards of the
     * pilots in {@code boards}.
     */
    public static PanacheQuery<GovernanceGroup> listed(Optional<GroupKind> kind, Optional<UUID> pilotId,
                                                       PilotScope boards, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        PilotScopeCondition.on("pilotId", boards, parameters)
                .ifPresent(inScope -> conditions.add("(pilotId is null or " + inScope + ")"));
        if (kind.isPresent()) {
            conditions.add("kind = :kind");
            parameters = parameters.and("kind", kind.get());
        }
        if (pilotId.isPresent()) {
            conditions.add("pilotId = :pilotId");
            parameters = parameters.and("pilotId", pilotId.get());
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public GroupKind kind() {
        return kind;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String chair() {
        return chair;
    }

    public Cadence cadence() {
        return cadence;
    }

    public String purpose() {
        return purpose;
    }

    public QuorumRule quorum() {
        return new QuorumRule(quorumKind, quorumSeats);
    }

    public long version() {
        return version;
    }

    public long standingAgendaVersion() {
        return standingAgendaVersion;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
