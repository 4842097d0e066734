package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A partner body renamed, merged into another or abolished, with effect from a day. Never changed or removed: the
 * body's earlier name and existence stay readable for the days before it.
 */
@Entity
@Table(name = "partner_body_succession")
public class PartnerBodySuccession extends PanacheEntityBase {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private PartnerBody body;

    @Column(name = "body_id", insertable = false, updatable = false)
    private UUID bodyId;

    @Enumerated(EnumType.STRING)
    private SuccessionKind kind;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "successor_id")
    private PartnerBody successor;

    @Column(name = "former_name")
    private String formerName;

    @Column(name = "new_name")
    private String newName;

    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PartnerBodySuccession() {
        // for JPA
    }

    /** Records the succession; {@link SuccessionRules} were asked first. */
    public static PartnerBodySuccession record(PartnerBody body, SuccessionKind kind, LocalDate effectiveOn,
                                               PartnerBody successor, String newName, String reason, Instant now) {
        PartnerBodySuccession succession = new PartnerBodySuccession();
        succession.id = UUID.randomUUID();
        succession.body = body;
        succession.bodyId = body.id();
        succession.kind = kind;
        succession.effectiveOn = effectiveOn;
        succession.successor = successor;
        succession.formerName = body.name();
        succession.newName = kind == SuccessionKind.RENAMED ? PilotAliases.tidy(newName) : null;
        succession.reason = reason == null || reason.isBlank() ? null : reason.strip();
        succession.recordedAt = now;
        return succession;
    }

    /** The successions of these bodies, each body's in order of effect. */
    public static List<PartnerBodySuccession> of(Collection<UUID> bodyIds) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        return find("select s from PartnerBodySuccession s left join fetch s.successor where s.bodyId in ?1 "
                + "order by s.effectiveOn, s.id", bodyIds).list();
    }

    public PastSuccession past() {
        return new PastSuccession(kind, effectiveOn, formerName, newName, successor == null ? null
                : new PastSuccession.Successor(successor.id(), successor.code(), successor.name()), reason);
    }

    public UUID id() {
        return id;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public SuccessionKind kind() {
        return kind;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public PartnerBody successor() {
        return successor;
    }

    public String formerName() {
        return formerName;
    }

    public String newName() {
        return newName;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
