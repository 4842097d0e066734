package org.totalplace.governance.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An event waiting in the outbox table to be published (or already published: {@code sentAt} is set). */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** Commit order of the rows; the relay publishes in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long seq;

    private UUID id;

    @Column(name = "aggregate_id")
    private String aggregateId;

    private String type;

    /** The whole CloudEvents envelope as JSON, published as it is. */
    private String payload;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxEvent() {
        // for JPA
    }

    OutboxEvent(UUID id, String aggregateId, String type, String payload, Instant occurredAt) {
        this.id = id;
        this.aggregateId = aggregateId;
        this.type = type;
        this.payload = payload;
        this.occurredAt = occurredAt;
    }

    static List<OutboxEvent> oldestUnsent(int limit) {
        return find("sentAt is null order by seq").page(0, limit).list();
    }

    static long countUnsent() {
        return count("sentAt is null");
    }

    void markSent(Instant when) {
        sentAt = when;
    }

    public UUID id() {
        return id;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String type() {
        return type;
    }

    public String payload() {
        return payload;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
