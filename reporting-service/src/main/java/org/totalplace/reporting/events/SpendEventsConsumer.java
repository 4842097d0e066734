package org.totalplace.reporting.events;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.SpendBucket;

/**
 * Adds each recorded spend line to the running total of its {@link SpendBucket} ({@code spend_total}): same pilot,
 * financial year, price basis (and base year) and currency. The addition happens in SQL on {@code numeric(19,2)}
 * in one upsert, so it is exact and atomic. Counts, body submissions, redesign proposals and adjustments go to the
 * journal ({@link Journaling}).
 */
@ApplicationScoped
public class SpendEventsConsumer {

    public static final String CHANNEL = "spend-events";
    public static final String SPEND_LINE_RECORDED = "totalplace.spend.spend-line-recorded.v1";

    @Inject
    EventPipeline pipeline;

    @Inject
    EntityManager em;

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

    /** The spend_total update of spend-line-recorded; the journal entry of every journaled type. */
    ReadModelChange decode(ReceivedEvent event) {
        if (SPEND_LINE_RECORDED.equals(event.type())) {
            SpendLineRecorded line = SpendLineRecorded.from(event.requireData());
            return () -> apply(line);
        }
        return journaling.withEntry(event, null);
    }

    private void apply(SpendLineRecorded line) {
        SpendBucket bucket = line.bucket();
        FinancialYear baseYear = bucket.key().priceBasis().baseYear();
        em.createNativeQuery("""
                        insert into spend_total (pilot_id, financial_year, price_basis, base_year, currency, total,
                                                 line_count, updated_at)
                        values (:pilotId, :financialYear, :priceBasis, nullif(:baseYear, ''), :currency, :amount, 1, :at)
                        on conflict (pilot_id, financial_year, price_basis, base_year, currency) do update
                        set total = spend_total.total + excluded.total,
                            line_count = spend_total.line_count + 1,
                            updated_at = excluded.updated_at""")
                .setParameter("pilotId", bucket.pilotId())
                .setParameter("financialYear", bucket.key().financialYear().toString())
                .setParameter("priceBasis", bucket.key().priceBasis().kind().wire())
                .setParameter("baseYear", baseYear == null ? "" : baseYear.toString())
                .setParameter("currency", bucket.key().currency())
                .setParameter("amount", line.amount().amount())
                .setParameter("at", clock.instant())
                .executeUpdate();
    }
}
