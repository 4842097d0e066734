package org.totalplace.reporting.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.totalplace.reporting.domain.GroupView;

/** Keeps {@code group_view} and the journal up to date from {@code totalplace.governance.v1}. */
@ApplicationScoped
public class GovernanceEventsConsumer {

    public static final String CHANNEL = "governance-events";
    public static final String GROUP_CREATED = "totalplace.governance.group-created.v1";

    private static final Logger LOG = Logger.getLogger(GovernanceEventsConsumer.class);

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

    /** The group_view update of group-created; the journal entry of barrier and decision events. */
    ReadModelChange decode(ReceivedEvent event) {
        if (GROUP_CREATED.equals(event.type())) {
            GroupCreated group = GroupCreated.from(event.requireData());
            return () -> apply(group);
        }
        return journaling.withEntry(event, null);
    }

    private void apply(GroupCreated group) {
        if (GroupView.findById(group.groupId()) != null) {
            // A group is created once; a second creation fact under another event id changes nothing.
            LOG.warnf("Group %s already known; kept as first created", group.groupId());
            return;
        }
        new GroupView(group.groupId(), group.code(), group.name(), group.kind(), group.pilotId(), clock.instant())
                .persist();
    }
}
