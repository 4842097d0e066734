package org.totalplace.reporting.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.totalplace.reporting.domain.PilotVersionRule;
import org.totalplace.reporting.domain.PilotView;

/**
 * Keeps {@code pilot_view} and the journal up to date from {@code totalplace.pilots.v1}. Records are keyed by pilot
 * id, so one pilot's events arrive in order; even so an older version never overwrites a newer one.
 */
@ApplicationScoped
public class PilotEventsConsumer {

    public static final String CHANNEL = "pilot-events";
    public static final String PILOT_REGISTERED = "totalplace.pilots.pilot-registered.v1";
    public static final String PILOT_UPDATED = "totalplace.pilots.pilot-updated.v1";

    private static final Logger LOG = Logger.getLogger(PilotEventsConsumer.class);

    @Inject
    EventPipeline pipeline;

    @Inject
    Clock clock;

    @Inject
    Journaling journaling;

    @Inject
    WebhookFanOut webhooks;

    /**
     * One record at a time, in partition order, on a worker thread; the transaction is per event and also queues
     * the event's webhook deliveries.
     */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        pipeline.process(record, event -> webhooks.withDeliveries(event, record.value(), decode(event)));
    }

    /** The pilot_view update of pilot-registered and pilot-updated, and the journal entry of every journaled type. */
    ReadModelChange decode(ReceivedEvent event) {
        ReadModelChange change = switch (event.type()) {
            case PILOT_REGISTERED, PILOT_UPDATED -> {
                PilotChanged pilot = PilotChanged.from(event.requireData());
                yield () -> apply(pilot);
            }
            default -> null;
        };
        return journaling.withEntry(event, change);
    }

    private void apply(PilotChanged pilot) {
        PilotView view = PilotView.findById(pilot.pilotId());
        if (view == null) {
            new PilotView(pilot.pilotId(), pilot.code(), pilot.name(), pilot.region(), pilot.version(),
                    clock.instant()).persist();
            return;
        }
        if (!PilotVersionRule.replaces(view.version, pilot.version())) {
            LOG.infof("Kept pilot %s at version %d; the event carries older version %d", pilot.pilotId(),
                    view.version, pilot.version());
            return;
        }
        view.code = pilot.code();
        view.name = pilot.name();
        view.region = pilot.region();
        view.version = pilot.version();
        view.updatedAt = clock.instant();
    }
}
