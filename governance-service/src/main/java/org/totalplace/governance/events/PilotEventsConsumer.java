package org.totalplace.governance.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.totalplace.governance.domain.KnownPilot;

/**
 * Keeps {@code known_pilot} up to date from {@code totalplace.pilots.v1}: the pilots a barrier may name; and
 * {@code known_body} from the partner-body events on the same topic (registered, updated, succeeded). The
 * {@link EventPipeline} applies each event at most once, retries what failed for a passing reason and sends
 * poison to the dead-letter topic; other types are recorded as processed and otherwise ignored.
 */
@ApplicationScoped
public class PilotEventsConsumer {

    public static final String CHANNEL = "pilot-events";
    public static final String PILOT_REGISTERED = "totalplace.pilots.pilot-registered.v1";
    public static final String PILOT_UPDATED = "totalplace.pilots.pilot-updated.v1";
    public static final String BODY_REGISTERED = "totalplace.pilots.partner-body-registered.v1";
    public static final String BODY_UPDATED = "totalplace.pilots.partner-body-updated.v1";
    public static final String BODY_SUCCEEDED = "totalplace.pilots.partner-body-succeeded.v1";

    private static final Logger LOG = Logger.getLogger(PilotEventsConsumer.class);

    private final EventPipeline pipeline;
    private final Clock clock;
    private final KnownBodyChanges bodies;

    PilotEventsConsumer(EventPipeline pipeline, Clock clock, KnownBodyChanges bodies) {
        this.pipeline = pipeline;
        this.clock = clock;
        this.bodies = bodies;
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
            case BODY_REGISTERED, BODY_UPDATED -> {
                PartnerBodyChanged body = PartnerBodyChanged.from(event.requireData());
                yield () -> bodies.registered(body);
            }
            case BODY_SUCCEEDED -> {
                PartnerBodySucceeded succession = PartnerBodySucceeded.from(event.requireData());
                yield () -> bodies.succeeded(succession);
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
}
