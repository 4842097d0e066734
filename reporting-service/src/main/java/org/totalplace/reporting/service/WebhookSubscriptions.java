package org.totalplace.reporting.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.totalplace.reporting.config.WebhookConfig;
import org.totalplace.reporting.domain.PilotScope;
import org.totalplace.reporting.domain.PilotView;
import org.totalplace.reporting.domain.webhook.SubscriptionRules;
import org.totalplace.reporting.domain.webhook.SubscriptionsChanged;
import org.totalplace.reporting.domain.webhook.WebhookSecret;
import org.totalplace.reporting.domain.webhook.WebhookSignature;
import org.totalplace.reporting.domain.webhook.WebhookSubscription;

/**
 * Government Office webhook subscriptions: create (with a first secret), read, replace (If-Match), deactivate and
 * rotate the secret. A secret leaves this class only in the result of create and rotate, once; it is never logged.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final Logger LOG = Logger.getLogger(WebhookSubscriptions.class);
    private static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookSecretBox box;

    @Inject
    Event<SubscriptionsChanged> changed;

    /**
     * What a subscription is asked to be.
     *
     * @param pilots ids or codes of pilots of the region; empty or null = all the region's pilots
     */
    public record Draft(String name, String url, String region, List<String> eventTypes, List<String> pilots) {
    }

    /** A subscription with its secret as shown once: {@code whsec_…}. */
    public record WithSecret(WebhookSubscription subscription, String secret) {

        @Override
        public String toString() {
            return "WithSecret[" + subscription.id + "]";
        }
    }

    /** The new secret (shown once) and until when the previous one still signs. */
    public record Rotation(WebhookSubscription subscription, String secret, Instant previousRetiresAt) {

        @Override
        public String toString() {
            return "Rotation[" + subscription.id + ", previous retires " + previousRetiresAt + "]";
        }
    }

    @Transactional
    public WithSecret create(Draft draft) {
        List<UUID> pilotIds = check(draft);
        Instant now = clock.instant();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        apply(subscription, draft, pilotIds);
        subscription.active = true;
        subscription.version = 1;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.persist();
        String secret = newSecret(subscription.id, now);
        changed.fire(new SubscriptionsChanged());
        LOG.infof("Webhook subscription %s created for %s (%d event types)", subscription.id, subscription.region,
                subscription.eventTypes.length);
        return new WithSecret(subscription, secret);
    }

    @Transactional
    public WebhookSubscription require(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id);
        if (subscription == null) {
            throw new NotFoundException("No webhook subscription " + id);
        }
        return subscription;
    }

    /**
     * Newest first; only the region's when {@code region} is given, and only those of regions in {@code scope} (a
     * Government Office sees its own region's), so that a page and its total count only what the caller may see.
     */
    @Transactional
    public Page<WebhookSubscription> list(String region, PilotScope scope, int page, int size) {
        Parameters visible = Parameters.with("all", scope.everything()).and("scopeRegion", scope.regionOrNone());
        String inScope = "(:all = true or region = :scopeRegion)";
        var query = region == null
                ? WebhookSubscription.<WebhookSubscription>find(inScope, Sort.descending("createdAt").and("id"), visible)
                : WebhookSubscription.<WebhookSubscription>find("region = :region and " + inScope,
                        Sort.descending("createdAt").and("id"), visible.and("region", region));
        return new Page<>(query.page(page, size).list(), query.count());
    }

    /** The region of subscription {@code id}: the place it is about, for access control. */
    @Transactional
    public Optional<String> regionOf(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id).map(subscription -> subscription.region);
    }

    @Transactional
    public WebhookSubscription replace(UUID id, ExpectedVersion expected, Draft draft) {
        WebhookSubscription subscription = lockedMatching(id, expected);
        List<UUID> pilotIds = check(draft);
        apply(subscription, draft, pilotIds);
        touch(subscription);
        changed.fire(new SubscriptionsChanged());
        return subscription;
    }

    /**
     * Deactivates: no new deliveries, and the pending ones are marked failed (so they can still be redelivered by
     * hand should the subscription be wanted again). The delivery log stays.
     */
    @Transactional
    public WebhookSubscription deactivate(UUID id) {
        WebhookSubscription subscription = locked(id);
        if (!subscription.active) {
            return subscription;
        }
        subscription.active = false;
        touch(subscription);
        changed.fire(new SubscriptionsChanged());
        em.createNativeQuery("""
                        update webhook_delivery set status = 'failed', last_error = 'subscription deactivated',
                               next_attempt_at = :now
                        where subscription_id = :id and status = 'pending'""")
                .setParameter("id", id)
                .setParameter("now", clock.instant())
                .executeUpdate();
        LOG.infof("Webhook subscription %s deactivated", id);
        return subscription;
    }

    /**
     * A new current secret; the previous ones keep signing for at most {@code grace} (the configured default when
     * null), so both signatures go out until then. A secret still in the grace of an earlier rotation keeps the
     * earlier of its end and the new one: a rotation with no grace (after a leak) stops every old secret at once.
     */
    @Transactional
    public Rotation rotateSecret(UUID id, Duration grace) {
        Duration period = grace == null ? config.rotationGracePeriod() : grace;
        if (period.isNegative() || period.compareTo(config.maxRotationGracePeriod()) > 0) {
            throw new InvalidRequestException("gracePeriod must be from PT0S to " + config.maxRotationGracePeriod(),
                    List.of(new Violation("gracePeriod", "must be from PT0S to " + config.maxRotationGracePeriod())));
        }
        WebhookSubscription subscription = locked(id);
        if (!subscription.active) {
            throw new ConflictException("Webhook subscription " + id + " is deactivated; its secret is not rotated",
                    List.of());
        }
        Instant now = clock.instant();
        Instant retiresAt = now.plus(period);
        for (WebhookSecret previous : WebhookSecret.signingAt(id, now)) {
            if (previous.retiresAt == null || previous.retiresAt.isAfter(retiresAt)) {
                previous.retiresAt = retiresAt;
            }
        }
        String secret = newSecret(id, now);
        touch(subscription);
        LOG.infof("Webhook subscription %s: secret rotated, the previous one signs until %s", id, retiresAt);
        return new Rotation(subscription, secret, retiresAt);
    }

    private String newSecret(UUID subscriptionId, Instant now) {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        new WebhookSecret(subscriptionId, box.seal(subscriptionId, key), now).persist();
        return WebhookSignature.display(key);
    }

    private WebhookSubscription locked(UUID id) {
        WebhookSubscription subscription = WebhookSubscription.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            throw new NotFoundException("No webhook subscription " + id);
        }
        return subscription;
    }

    private WebhookSubscription lockedMatching(UUID id, ExpectedVersion expected) {
        WebhookSubscription subscription = locked(id);
        if (!expected.matches(subscription.version)) {
            throw new PreconditionFailedException("Webhook subscription " + id + " is at version "
                    + subscription.version + ", not the one in If-Match; read it again and redo the change");
        }
        return subscription;
    }

    private void touch(WebhookSubscription subscription) {
        subscription.version++;
        subscription.updatedAt = clock.instant();
    }

    private static void apply(WebhookSubscription subscription, Draft draft, List<UUID> pilotIds) {
        subscription.name = draft.name().strip();
        subscription.url = draft.url().strip();
        subscription.region = draft.region();
        subscription.eventTypes = new LinkedHashSet<>(draft.eventTypes()).toArray(String[]::new);
        subscription.pilotIds = pilotIds.isEmpty() ? null : pilotIds.toArray(UUID[]::new);
    }

    /** The rules, then the pilots: each an id or a code; a pilot reporting knows must lie in the region. */
    private static List<UUID> check(Draft draft) {
        List<Violation> violations = new ArrayList<>();
        SubscriptionRules.check(draft.name(), draft.url() == null ? null : draft.url().strip(), draft.region(),
                        draft.eventTypes())
                .forEach(rejection -> violations.add(new Violation(rejection.field(), rejection.message())));
        List<UUID> pilotIds = new ArrayList<>();
        List<String> pilots = draft.pilots() == null ? List.of() : draft.pilots();
        for (int i = 0; i < pilots.size(); i++) {
            String field = "pilotIds[" + i + "]";
            Optional<PilotView> pilot = pilot(pilots.get(i));
            UUID id = pilot.map(view -> view.pilotId).orElse(uuidOrNull(pilots.get(i)));
            if (id == null) {
                violations.add(new Violation(field, "is neither a pilot id nor the code of a pilot known here"));
            } else if (pilot.isPresent() && draft.region() != null && !pilot.get().region.equals(draft.region())) {
                violations.add(new Violation(field, "is a pilot of " + pilot.get().region + ", not of "
                        + draft.region()));
            } else if (!pilotIds.contains(id)) {
                pilotIds.add(id);
            }
        }
        if (!violations.isEmpty()) {
            String detail = violations.stream().map(v -> v.field() + " " + v.message())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            throw new InvalidRequestException(detail, violations);
        }
        return pilotIds;
    }

    private static Optional<PilotView> pilot(String idOrCode) {
        if (idOrCode == null) {
            return Optional.empty();
        }
        UUID id = uuidOrNull(idOrCode);
        return id != null ? Optional.ofNullable(PilotView.findById(id)) : PilotView.findByCode(idOrCode);
    }

    private static UUID uuidOrNull(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
