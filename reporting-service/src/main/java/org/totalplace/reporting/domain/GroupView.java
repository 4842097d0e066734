package org.totalplace.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Read model: a governance group as created in governance-service; {@link #pilotId} is null for programme-wide groups. */
@Entity
@Table(name = "group_view")
public class GroupView extends PanacheEntityBase {

    @Id
    @Column(name = "group_id")
    public UUID groupId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    /** Kept as text so that a kind added later by governance-service is shown, not refused. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "pilot_id")
    public UUID pilotId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public GroupView() {
    }

    public GroupView(UUID groupId, String code, String name, String kind, UUID pilotId, Instant updatedAt) {
        this.groupId = groupId;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.pilotId = pilotId;
        this.updatedAt = updatedAt;
    }
}
