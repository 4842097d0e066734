package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A decision a held meeting took on one item of its agenda. When the item was a BARRIER item the decision knows
 * the barrier, so it can be cited to resolve or decline it. Never changed once recorded.
 */
@Entity
@Table(name = "decision")
public class Decision extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "group_id")
    private UUID groupId;

    @Column(name = "agenda_item_id")
    private UUID agendaItemId;

    @Column(name = "barrier_id")
    private UUID barrierId;

    private String text;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Decision() {
        // for JPA
    }

    /** The caller has checked that the meeting may still take decisions and that the item is on its agenda. */
    public static Decision record(UUID meetingId, UUID groupId, UUID agendaItemId, UUID barrierId, String text,
                                  Instant now) {
        Decision decision = new Decision();
        decision.id = UUID.randomUUID();
        decision.meetingId = meetingId;
        decision.groupId = groupId;
        decision.agendaItemId = agendaItemId;
        decision.barrierId = barrierId;
        decision.text = text.strip();
        decision.recordedAt = now;
        return decision;
    }

    /** The decisions of one meeting in the order they were recorded. */
    public static PanacheQuery<Decision> of(UUID meetingId) {
        return find("meetingId", Sort.by("recordedAt").and("id"), meetingId);
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID agendaItemId() {
        return agendaItemId;
    }

    public UUID barrierId() {
        return barrierId;
    }

    public String text() {
        return text;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
