package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A column mapping saved under a name, to import every month of a body's files the same way. */
@Entity
@Table(name = "mapping_profile")
public class MappingProfile extends PanacheEntityBase {

    public static final int MAX_NAME_LENGTH = 200;

    @Id
    private UUID id;

    @Column(name = "name", nullable = false)
    private String name;

    /** The {@link ColumnMapping} as JSON; the service reads and writes it. */
    @Column(name = "mapping", nullable = false)
    private String mapping;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MappingProfile() {
        // for Hibernate
    }

    public static MappingProfile save(UUID id, String name, String mappingJson, Instant now) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name must not be blank");
        }
        MappingProfile profile = new MappingProfile();
        profile.id = Objects.requireNonNull(id, "id");
        profile.name = name.strip();
        profile.mapping = Objects.requireNonNull(mappingJson, "mappingJson");
        profile.createdAt = Objects.requireNonNull(now, "now");
        return profile;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String mappingJson() {
        return mapping;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
