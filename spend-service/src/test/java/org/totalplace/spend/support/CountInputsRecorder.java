package org.totalplace.spend.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.totalplace.spend.domain.CountInputsChanged;

/** Records each {@link CountInputsChanged} fired, and whether a transaction was active when it was. */
@ApplicationScoped
public class CountInputsRecorder {

    public record Fired(CountInputsChanged event, boolean inTransaction) {
    }

    private final TransactionManager transactions;
    private final List<Fired> fired = new CopyOnWriteArrayList<>();

    CountInputsRecorder(TransactionManager transactions) {
        this.transactions = transactions;
    }

    void on(@Observes CountInputsChanged event) throws SystemException {
        fired.add(new Fired(event, transactions.getStatus() == Status.STATUS_ACTIVE));
    }

    public List<Fired> about(UUID pilotId) {
        return fired.stream().filter(f -> f.event().pilotId().equals(pilotId)).toList();
    }
}
