package org.totalplace.reporting.domain.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A Government Office's subscription to events about the pilots of its region. {@link #version} is bumped by every
 * change and is the ETag; the secrets live apart ({@link WebhookSecret}) and are never part of a read.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String region;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public String[] eventTypes;

    /** Null = every pilot of the region. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pilot_ids", columnDefinition = "uuid[]")
    public UUID[] pilotIds;

    @Column(nullable = false)
    public boolean active;

    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> eventTypeList() {
        return List.of(eventTypes);
    }

    /** The pilots listed, or an empty list for all of the region. */
    public List<UUID> pilotIdList() {
        return pilotIds == null ? List.of() : List.of(pilotIds);
    }

    public SubscriptionMatch match() {
        return new SubscriptionMatch(active, region, new LinkedHashSet<>(Arrays.asList(eventTypes)),
                pilotIds == null ? null : Set.of(pilotIds));
    }
}
