package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An interdependency between Total Place and another programme (e.g. the Operational Efficiency Programme). */
@Entity
@Table(name = "interdependency")
public class Interdependency extends PanacheEntityBase {

    @Id
    private UUID id;

    private String programme;

    private String description;

    private String owner;

    @Enumerated(EnumType.STRING)
    private InterdependencyNature nature;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Interdependency() {
        // for JPA
    }

    public static Interdependency record(String programme, String description, String owner,
                                         InterdependencyNature nature, Instant now) {
        Interdependency interdependency = new Interdependency();
        interdependency.id = UUID.randomUUID();
        interdependency.createdAt = now;
        interdependency.revise(programme, description, owner, nature, now);
        return interdependency;
    }

    public void revise(String programme, String description, String owner, InterdependencyNature nature,
                       Instant now) {
        this.programme = programme.strip();
        this.description = description.strip();
        this.owner = owner.strip();
        this.nature = nature;
        this.updatedAt = now;
    }

    public static PanacheQuery<Interdependency> listed(Sort sort) {
        return findAll(sort);
    }

    public UUID id() {
        return id;
    }

    public String programme() {
        return programme;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public InterdependencyNature nature() {
        return nature;
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
