package org.totalplace.spend.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.totalplace.spend.domain.CountInputsChanged;
import org.totalplace.spend.domain.FinancialYear;

/**
 * The pilot-years whose ledger lines changed since they were counted (table {@code count_due}).
 * <p>
 * Recounting a year under every published rule version costs more than a tenth of a second, which a ledger import
 * used to pay inside its own transaction. Now the import only marks the year; {@link RecountWorker} recounts it
 * right after the commit, and a reader of counted figures first recounts any year it is about to read that is still
 * marked ({@link #catchUp}), so what the API answers is never behind the lines. The {@code pilot-totals-changed}
 * event follows the import by the worker's recount instead of leaving with it.
 */
@ApplicationScoped
public class CountQueue {

    private static final Logger LOG = Logger.getLogger(CountQueue.class);

    private final EntityManager em;
    private final Counts counts;
    private final Clock clock;
    private final Event<CountDue> due;

    CountQueue(EntityManager em, Counts counts, Clock clock, Event<CountDue> due) {
        this.em = em;
        this.counts = counts;
        this.clock = clock;
        this.due = due;
    }

    /**
     * Marks the year in the caller's transaction. An upsert rather than insert-if-absent: if the worker holds the
     * mark while recounting, this waits for it and marks the year again, so lines committed after the worker's
     * reads are counted by the next recount.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void mark(UUID pilotId, FinancialYear year) {
        em.createNativeQuery("""
                        insert into count_due (pilot_id, financial_year, since) values (:pilot, :year, :now)
                        on conflict (pilot_id, financial_year) do update set marks = count_due.marks + 1""")
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .setParameter("now", clock.instant())
                .executeUpdate();
        due.fire(new CountDue(pilotId, year));
    }

    /**
     * Recounts the marked years matching the pilot and year (null: any), each in a transaction of its own, before a
     * reader reads counted figures; a year the worker is recounting is waited for, not recounted twice.
     */
    public void catchUp(UUID pilotId, FinancialYear year) {
        for (Marked marked : marked(pilotId, year)) {
            QuarkusTransaction.requiringNew().run(() -> recountIfMarked(marked, false));
        }
    }

    /** Recounts every marked year that nobody else is recounting; returns how many it recounted. */
    int recountAll() {
        int recounted = 0;
        for (Marked marked : marked(null, null)) {
            if (QuarkusTransaction.requiringNew().call(() -> recountIfMarked(marked, true))) {
                recounted++;
            }
        }
        return recounted;
    }

    /** How many years are marked (the worker's backlog, a gauge). */
    long backlog() {
        return QuarkusTransaction.joiningExisting().call(() -> ((Number) em
                .createNativeQuery("select count(*) from count_due").getSingleResult()).longValue());
    }

    private List<Marked> marked(UUID pilotId, FinancialYear year) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> rows = em.createNativeQuery("""
                            select pilot_id, financial_year from count_due
                            where (cast(:pilot as uuid) is null or pilot_id = cast(:pilot as uuid))
                              and (cast(:year as text) is null or financial_year = cast(:year as text))
                            order by since""")
                    .setParameter("pilot", pilotId == null ? null : pilotId.toString())
                    .setParameter("year", year == null ? null : year.toString())
                    .getResultList();
            List<Marked> marked = new ArrayList<>(rows.size());
            for (Object r : rows) {
                Object[] row = (Object[]) r;
                marked.add(new Marked((UUID) row[0], FinancialYear.parse((String) row[1])));
            }
            return marked;
        });
    }

    /** In the caller's new transaction: takes the mark (or skips it if held), recounts, removes the mark. */
    private boolean recountIfMarked(Marked marked, boolean skipIfHeld) {
        List<?> held = em.createNativeQuery("select marks from count_due where pilot_id = :pilot and financial_year = :year"
                        + " for update" + (skipIfHeld ? " skip locked" : ""))
                .setParameter("pilot", marked.pilotId())
                .setParameter("year", marked.year().toString())
                .getResultList();
        if (held.isEmpty()) {
            return false;
        }
        long started = System.nanoTime();
        counts.recount(new CountInputsChanged(marked.pilotId(), marked.year(), "ledger lines changed"));
        em.createNativeQuery("delete from count_due where pilot_id = :pilot and financial_year = :year")
                .setParameter("pilot", marked.pilotId())
                .setParameter("year", marked.year().toString())
                .executeUpdate();
        LOG.infof("recounted pilot %s %s in %d ms (%s)", marked.pilotId(), marked.year(),
                (System.nanoTime() - started) / 1_000_000, skipIfHeld ? "worker" : "before a read");
        return true;
    }

    private record Marked(UUID pilotId, FinancialYear year) {
    }
}
