package org.totalplace.reporting.domain.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signing key of a subscription. {@link #retiresAt} null = the current key; a rotated-out key keeps signing
 * until its {@code retiresAt}. The key is never returned by a read and never logged ({@link #toString()} hides it),
 * and it is stored sealed ({@link #sealed}; rows from before V7 are sealed when the service starts): what
 * {@link #secret} holds is the key as the service's secret box sealed it, not the key.
 */
@Entity
@Table(name = "webhook_secret")
public class WebhookSecret extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(nullable = false)
    public byte[] secret;

    /** Whether {@link #secret} is sealed; false only for a row written before sealing began, until the next start. */
    @Column(nullable = false)
    public boolean sealed;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retires_at")
    public Instant retiresAt;

    public WebhookSecret() {
    }

    /** A new key of the subscription, {@code sealedSecret} being the key as the secret box sealed it. */
    public WebhookSecret(UUID subscriptionId, byte[] sealedSecret, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.secret = sealedSecret.clone();
        this.sealed = true;
        this.createdAt = createdAt;
    }

    /** Whether the key still signs at {@code now}. */
    public boolean signsAt(Instant now) {
        return retiresAt == null || retiresAt.isAfter(now);
    }

    /** The keys that sign at {@code now}, oldest first (so the current key comes last). */
    public static List<WebhookSecret> signingAt(UUID subscriptionId, Instant now) {
        return list("subscriptionId = ?1 and (retiresAt is null or retiresAt > ?2) order by createdAt, id",
                subscriptionId, now);
    }

    /** The rows written before sealing began. */
    public static List<WebhookSecret> unsealed() {
        return list("sealed = false");
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + id + " of " + subscriptionId + ", retires " + retiresAt + "]";
    }
}
