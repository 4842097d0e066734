package org.totalplace.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Read model: a pilot as last announced by pilots-service. Not versioned for optimistic locking: {@link #version}
 * is the pilot's version in pilots-service, used to ignore late, older events.
 */
@Entity
@Table(name = "pilot_view")
public class PilotView extends PanacheEntityBase {

    @Id
    @Column(name = "pilot_id")
    public UUID pilotId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String region;

    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public PilotView() {
    }

    public PilotView(UUID pilotId, String code, String name, String region, long version, Instant updatedAt) {
        this.pilotId = pilotId;
        this.code = code;
        this.name = name;
        this.region = region;
        this.version = version;
        this.updatedAt = updatedAt;
    }

    public static Optional<PilotView> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
