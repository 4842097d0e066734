package org.totalplace.pilots.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotCode;
import org.totalplace.pilots.domain.PilotDetails;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.support.StoredRows;

/** The outbox row exists exactly when the change it describes was committed. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Inject
    StoredRows rows;

    @Test
    void shouldWriteTheRowInTheCallersTransaction() {
        UUID aggregate = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.record(PilotEvent.REGISTERED, aggregate, "data");
            assertThat(rows.outboxRowsAbout(aggregate)).as("visible before commit").isZero();
        });

        assertThat(rows.outboxRowsAbout(aggregate)).as("visible after commit").isOne();
    }

    @Test
    void shouldWriteNoRowWhenTheChangeFails() {
        Pilot pilot = Pilot.register(new PilotCode("rolled-back-" + UUID.randomUUID().toString().substring(0, 8)),
                new PilotDetails("Rolled back " + UUID.randomUUID(), Region.LONDON, "Nowhere", "None", "None", List.of()),
                Instant.now());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            pilot.persist();
            outbox.record(PilotEvent.REGISTERED, pilot.id(), PilotEvent.of(pilot));
            throw new IllegalStateException("the change fails after the event was recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows.pilotsWithCode(pilot.code())).isZero();
        assertThat(rows.outboxRowsAbout(pilot.id())).isZero();
    }

    @Test
    void shouldRefuseToRecordOutsideATransaction() {
        UUID aggregate = UUID.randomUUID();

        assertThatThrownBy(() -> outbox.record(PilotEvent.REGISTERED, aggregate, "data"))
                .isInstanceOf(TransactionalException.class);
        assertThat(rows.outboxRowsAbout(aggregate)).isZero();
    }
}
