package org.totalplace.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.totalplace.reporting.domain.webhook.WebhookSecret;

/**
 * At start, seals the signing secrets written before V7 stored them sealed, in one transaction; it also reads the
 * key file, so a service whose key is missing or wrong fails at start, not at its first delivery.
 */
@ApplicationScoped
public class WebhookSecretSealing {

    private static final Logger LOG = Logger.getLogger(WebhookSecretSealing.class);

    private final WebhookSecretBox box;

    WebhookSecretSealing(WebhookSecretBox box) {
        this.box = box;
    }

    void onStart(@Observes StartupEvent started) {
        int sealed = QuarkusTransaction.requiringNew().call(this::sealUnsealed);
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook secret(s) stored before sealing began", sealed);
        }
    }

    /** Seals every unsealed row; how many there were. Runs in the caller's transaction. */
    public int sealUnsealed() {
        int count = 0;
        for (WebhookSecret row : WebhookSecret.unsealed()) {
            row.secret = box.seal(row.subscriptionId, row.secret);
            row.sealed = true;
            count++;
        }
        return count;
    }
}
