package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A pilot as pilots-service last announced it, with its areas. {@code version} is the pilot's version there, not
 * ours: an event carrying an older (or the same) version never overwrites a newer one. Register/update events and
 * area events are versioned separately, because pilots-service announces a registration and its areas with the
 * same version.
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

    @Column(name = "areas_version")
    private Long areasVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_pilot_area", joinColumns = @JoinColumn(name = "pilot_id"))
    private Set<PilotArea> areas = new HashSet<>();

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

    /** Takes the announced set of areas (the whole set) when newer than the last set kept; false when not. */
    public boolean replaceAreas(Collection<PilotArea> announced, long version, Instant now) {
        if (areasVersion != null && version <= areasVersion) {
            return false;
        }
        areas.clear();
        areas.addAll(announced);
        areasVersion = version;
        updatedAt = now;
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

    /** Null until the first pilot-areas-changed. */
    public Long areasVersion() {
        return areasVersion;
    }

    /** Sorted by name, then register code. */
    public List<PilotArea> areas() {
        return areas.stream().sorted(PilotArea.ORDER).toList();
    }
}
