package org.totalplace.reporting.domain.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One try at sending a delivery: when, how long, and the receiver's status code or the error. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    /** 1, 2, ... over the delivery's whole history, redeliveries included. */
    @Column(nullable = false)
    public int attempt;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;
}
