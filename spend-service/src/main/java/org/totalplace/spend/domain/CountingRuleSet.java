package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A version of the counting rules, its definition held as the JSON it was given. A draft may still change; a
 * published version never does: counts name the version they used, so changing the rules means a new version.
 */
@Entity
@Table(name = "counting_rule_set")
public class CountingRuleSet extends PanacheEntityBase {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    private int version;

    private String name;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String definition;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CountingRuleSet() {
        // for JPA
    }

    public static CountingRuleSet draft(int version, String name, String definition, Instant now) {
        CountingRuleSet set = new CountingRuleSet();
        set.version = version;
        set.name = Objects.requireNonNull(name);
        set.definition = Objects.requireNonNull(definition);
        set.status = Status.DRAFT;
        set.createdAt = now;
        return set;
    }

    /** Why this version cannot change, or null when it still can. */
    public String whyFrozen() {
        return status == Status.PUBLISHED
                ? "counting rules version " + version + " was published on " + publishedAt
                + " and never changes; write a new version instead" : null;
    }

    public void redefine(String name, String definition) {
        if (whyFrozen() != null) {
            throw new IllegalStateException(whyFrozen());
        }
        this.name = name;
        this.definition = definition;
    }

    public void publish(Instant now) {
        if (whyFrozen() != null) {
            throw new IllegalStateException(whyFrozen());
        }
        status = Status.PUBLISHED;
        publishedAt = now;
    }

    public int version() {
        return version;
    }

    public String name() {
        return name;
    }

    public Status status() {
        return status;
    }

    public String definition() {
        return definition;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long rowVersion() {
        return rowVersion;
    }
}
