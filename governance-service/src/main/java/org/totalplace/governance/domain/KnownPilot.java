package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A pilot as pilots-service last announced it. {@code version} is the pilot's version there, not ours: an
 * event carrying an older version never overwrites a newer one.
 */
@Entity
@Table(name = "known_pilot")
public class KnownPilot extends PanacheEntityBase {

    @Id
    @Column(name = "pilot_id")
    private UUID pilotId;

    private String code;

    private String name;

    private String region;

    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPilot() {
        // for JPA
    }

    public static KnownPilot of(UUID pilotId, String code, String name, String region, long version, Instant now) {
        KnownPilot pilot = new KnownPilot();
        pilot.pilotId = pilotId;
        pilot.code = code;
        pilot.name = name;
        pilot.region = region;
        pilot.version = version;
        pilot.updatedAt = now;
        return pilot;
    }

    /** Takes the announced state when it is newer than what is kept; false when it was not. */
    public boolean update(String code, String name, String region, long version, Instant now) {
        if (version <= this.version) {
            return false;
        }
        this.code = code;
        this.name = name;
        this.region = region;
        this.version = version;
        this.updatedAt = now;
        return true;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String region() {
        return region;
    }

    public long version() {
        return version;
    }
}
