package org.totalplace.spend.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import org.totalplace.spend.domain.CountInputsChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.totalplace.spend.domain.KnownPartnerBody;
import org.totalplace.spend.domain.KnownPartnerMembership;
import org.totalplace.spend.domain.KnownPilot;

/**
 * Keeps {@code known_pilot} and its areas up to date from {@code totalplace.pilots.v1}: the pilots and the areas
 * top-down estimates are made for; and the partner bodies of each pilot ({@code known_partner_body},
 * {@code known_partner_membership}), the bodies moderation expects in a pilot's count. The {@link EventPipeline} applies each event at most once, retries what failed
 * for a passing reason and sends poison to the dead-letter topic; other types are recorded as processed and
 * otherwise ignored.
 */
@ApplicationScoped
public class PilotEventsConsumer {

    public static final String CHANNEL = "pilot-events";
    public static final String PILOT_REGISTERED = "totalplace.pilots.pilot-registered.v1";
    public static final String PILOT_UPDATED = "totalplace.pilots.pilot-updated.v1";
    public static final String PILOT_AREAS_CHANGED = "totalplace.pilots.pilot-areas-changed.v1";
    public static final String PARTNER_BODY_REGISTERED = "totalplace.pilots.partner-body-registered.v1";
    public static final String PARTNER_BODY_UPDATED = "totalplace.pilots.partner-body-updated.v1";
    public static final String PARTNER_BODY_JOINED = "totalplace.pilots.partner-body-joined.v1";
    public static final String PARTNER_BODY_LEFT = "totalplace.pilots.partner-body-left.v1";

    private static final Logger LOG = Logger.getLogger(PilotEventsConsumer.class);

    private final EventPipeline pipeline;
    private final Clock clock;
    private final Event<CountInputsChanged> countInputs;

    PilotEventsConsumer(EventPipeline pipeline, Clock clock, Event<CountInputsChanged> countInputs) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.countInputs = countInputs;
    }

    /** One record at a time, in partition order, on a worker thread; the transaction is per event. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        pipeline.process(record, this::decode);
    }

    ReadModelChange decode(ReceivedEvent event) {
        return switch (event.type()) {
            case PILOT_REGISTERED, PILOT_UPDATED -> {
                PilotChanged pilot = PilotChanged.from(event.requireData());
                yield () -> apply(pilot);
            }
            case PILOT_AREAS_CHANGED -> {
                PilotAreasChanged areas = PilotAreasChanged.from(event.requireData());
                yield () -> apply(areas);
            }
            case PARTNER_BODY_REGISTERED, PARTNER_BODY_UPDATED -> {
                PartnerBodyChanged body = PartnerBodyChanged.from(event.requireData());
                yield () -> apply(body);
            }
            case PARTNER_BODY_JOINED, PARTNER_BODY_LEFT -> {
                PartnerMembershipChanged membership = PartnerMembershipChanged.from(event.requireData());
                yield () -> apply(membership);
            }
            default -> null;
        };
    }

    private void apply(PilotChanged changed) {
        KnownPilot pilot = KnownPilot.findById(changed.pilotId());
        if (pilot == null) {
            KnownPilot.of(changed.pilotId(), changed.code(), changed.name(), changed.region(), changed.version(),
                    clock.instant()).persist();
        } else if (!pilot.update(changed.code(), changed.name(), changed.region(), changed.version(), clock.instant())) {
            LOG.infof("Kept pilot %s at version %d; the event carries version %d", changed.pilotId(), pilot.version(),
                    changed.version());
        }
    }

    /**
     * pilots-service records a pilot's registration before its areas and both are keyed by the pilot, so the areas
     * of a pilot not known here break that order: poison, parked on the dead-letter topic for replay.
     */
    private void apply(PilotAreasChanged changed) {
        KnownPilot pilot = KnownPilot.findById(changed.pilotId());
        if (pilot == null) {
            throw new PoisonEventException("data.pilotId " + changed.pilotId()
                    + " names no pilot registered here; its areas cannot be kept");
        }
        if (!pilot.replaceAreas(changed.areas(), changed.version(), clock.instant())) {
            LOG.infof("Kept the areas of pilot %s at version %d; the event carries version %d", changed.pilotId(),
                    pilot.areasVersion(), changed.version());
            return;
        }
        // new areas, new population share: the pilot's top-down count changes in every year
        countInputs.fire(new CountInputsChanged(pilot.pilotId(), null, "pilot areas changed"));
    }

    /** Register entries are keyed by the body, so they may arrive before or after the memberships naming them. */
    private void apply(PartnerBodyChanged changed) {
        KnownPartnerBody body = KnownPartnerBody.findById(changed.bodyId());
        if (body == null) {
            KnownPartnerBody.of(changed.bodyId(), changed.name(), changed.type(), changed.code(), changed.version(),
                    clock.instant()).persist();
        } else if (!body.update(changed.name(), changed.type(), changed.code(), changed.version(), clock.instant())) {
            LOG.infof("Kept partner body %s at version %d; the event carries version %d", changed.bodyId(),
                    body.version(), changed.version());
        }
    }

    /**
     * Memberships are keyed by the pilot and recorded after its registration, as areas are: a membership of a pilot
     * not known here is poison.
     */
    private void apply(PartnerMembershipChanged changed) {
        KnownPartnerMembership.Period period = changed.period();
        if (KnownPilot.findById(period.pilotId()) == null) {
            throw new PoisonEventException("data.pilotId " + period.pilotId()
                    + " names no pilot registered here; its partner body cannot be kept");
        }
        KnownPartnerMembership membership = KnownPartnerMembership.findById(period.membershipId());
        if (membership == null) {
            KnownPartnerMembership.of(period, clock.instant()).persist();
        } else if (!membership.update(period, clock.instant())) {
            LOG.infof("Kept membership %s at version %d; the event carries version %d", period.membershipId(),
                    membership.version(), period.version());
        }
    }
}
