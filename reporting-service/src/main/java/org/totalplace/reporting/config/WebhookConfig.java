package org.totalplace.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How Government Office webhooks are delivered ({@code totalplace.webhooks.*}). */
@ConfigMapping(prefix = "totalplace.webhooks")
public interface WebhookConfig {

    /** Time allowed to open the TCP (and TLS) connection to a receiver. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Time allowed for the whole request, from sending to the receiver's status line. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Deliveries in flight at once, over all subscriptions (the size of the sending pool). */
    @WithDefault("8")
    int maxInFlight();

    /** Deliveries in flight at once to one subscription, so one slow receiver holds at most this many senders. */
    @WithDefault("2")
    int maxInFlightPerSubscription();

    /** The safety-net poll: the dispatcher is otherwise woken after each commit that queued deliveries. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Pause after the first failed attempt; doubles after each further one, with jitter. */
    @WithDefault("5s")
    Duration initialBackoff();

    /** Longest pause between attempts. */
    @WithDefault("1h")
    Duration maxBackoff();

    /** Attempts in all, including the first, before a delivery is marked failed. */
    @WithDefault("12")
    int maxAttempts();

    /** Share of a pause taken off at random (0 to under 0.5). */
    @WithDefault("0.2")
    double jitter();

    /** How long the previous secret keeps signing after a rotation, unless the rotation says otherwise. */
    @WithDefault("24h")
    Duration rotationGracePeriod();

    /** Longest grace period a rotation may ask for. */
    @WithDefault("720h")
    Duration maxRotationGracePeriod();

    /**
     * The file holding the key that seals signing secrets in the database (32 random bytes in base64; see
     * WebhookSecretBox). Never in the repository: {@code ./deploy/run} makes one beside its token keys.
     */
    String secretKeyLocation();

    /** Whether the dispatcher runs in this instance (the fan-out into the delivery log always does). */
    @WithDefault("true")
    boolean dispatcherEnabled();
}
