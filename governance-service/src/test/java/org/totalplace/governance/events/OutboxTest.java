package org.totalplace.governance.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupCode;
import org.totalplace.governance.domain.GroupDetails;
import org.totalplace.governance.domain.GroupKind;
import org.totalplace.governance.support.StoredRows;

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
            outbox.record(GroupCreated.TYPE, aggregate, "data");
            assertThat(rows.outboxRowsAbout(aggregate)).as("visible before commit").isZero();
        });

        assertThat(rows.outboxRowsAbout(aggregate)).as("visible after commit").isOne();
    }

    @Test
    void shouldWriteNoRowWhenTheChangeFails() {
        GovernanceGroup group = GovernanceGroup.create(
                new GroupCode("rolled-back-" + UUID.randomUUID().toString().substring(0, 8)),
                new GroupDetails("Rolled back", GroupKind.OTHER, null, null, null, null), Instant.now());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            group.persist();
            outbox.record(GroupCreated.TYPE, group.id(), GroupCreated.of(group));
            throw new IllegalStateException("the change fails after the event was recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(rows.groupsWithCode(group.code())).isZero();
        assertThat(rows.outboxRowsAbout(group.id())).isZero();
    }

    @Test
    void shouldRefuseToRecordOutsideATransaction() {
        UUID aggregate = UUID.randomUUID();

        assertThatThrownBy(() -> outbox.record(GroupCreated.TYPE, aggregate, "data"))
                .isInstanceOf(TransactionalException.class);
        assertThat(rows.outboxRowsAbout(aggregate)).isZero();
    }
}
