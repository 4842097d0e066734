package org.totalplace.governance.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import org.totalplace.governance.domain.EscalationPolicy;
import org.totalplace.governance.domain.EscalationTier;

/** The escalation policy with the target response times from configuration. */
public class EscalationPolicyProducer {

    @Produces
    @ApplicationScoped
    EscalationPolicy policy(EscalationConfig config) {
        return new EscalationPolicy(Map.of(
                EscalationTier.PILOT, config.pilot(),
                EscalationTier.GOVERNMENT_OFFICE, config.governmentOffice(),
                EscalationTier.OFFICIALS_GROUP, config.officialsGroup(),
                EscalationTier.MINISTERIAL_GROUP, config.ministerialGroup()));
    }
}
