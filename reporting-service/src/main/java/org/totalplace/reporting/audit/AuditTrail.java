package org.totalplace.reporting.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * Tells the database who is changing things. At the start of every transaction it sets, local to that transaction,
 * the actor (the token's subject; "anonymous" for a request without one; "system" outside any request, e.g. an event
 * consumer), the request id and the time by the service's clock; the audit trigger on each audited table
 * (the service's V*__audit.sql migration) writes them into {@code audit_entry} with the row before and after.
 */
@ApplicationScoped
public class AuditTrail {

    public static final String SYSTEM = "system";
    public static final String ANONYMOUS = "anonymous";

    private final EntityManager em;
    private final Clock clock;
    private final Instance<SecurityIdentity> identity;
    private final Instance<RequestTrace> trace;

    AuditTrail(EntityManager em, Clock clock, Instance<SecurityIdentity> identity, Instance<RequestTrace> trace) {
        this.em = em;
        this.clock = clock;
        this.identity = identity;
        this.trace = trace;
    }

    void transactionBegun(@Observes @Initialized(TransactionScoped.class) Object transaction) {
        em.createNativeQuery("select set_config('totalplace.actor', :actor, true), "
                        + "set_config('totalplace.request_id', :request, true), "
                        + "set_config('totalplace.audit_at', :at, true)")
                .setParameter("actor", actor())
                .setParameter("request", requestId() == null ? "" : requestId())
                .setParameter("at", Instant.now(clock).toString())
                .getSingleResult();
    }

    /** Who is making the current change, as audit entries and events name them. */
    public String actor() {
        if (!inRequest()) {
            return SYSTEM;
        }
        if (!identity.isResolvable()) {
            return ANONYMOUS; // no authentication mechanism installed
        }
        SecurityIdentity caller = identity.get();
        return caller.isAnonymous() ? ANONYMOUS : caller.getPrincipal().getName();
    }

    private String requestId() {
        return inRequest() ? trace.get().requestId() : null;
    }

    private static boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }
}
