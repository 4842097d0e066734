package org.totalplace.spend.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.totalplace.spend.domain.Journey;
import org.totalplace.spend.domain.JourneyCosting;
import org.totalplace.spend.domain.JourneyTerms;

/**
 * {@code totalplace.spend.journey-costed.v1}: a service user's journey was recorded or revised, with its costing as
 * computed then (total, per body, repair and prevention, duplicated contacts), so that reporting-service can carry
 * journeys into the redesign business cases without recomputing. Keyed by the pilot id. Not part of the count.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JourneyCosted(
        UUID journeyId,
        UUID pilotId,
        String change,
        String name,
        String theme,
        String financialYear,
        RedesignProposalChanged.PriceBasis priceBasis,
        UUID redesigns,
        UUID redesignProposalId,
        long version,
        int contacts,
        SpendLineRecorded.Amount total,
        Part repair,
        Part prevention,
        List<Body> bodies,
        int duplicatedContacts,
        SpendLineRecorded.Amount duplicatedCost,
        int shareScale) {

    public static final String TYPE = "totalplace.spend.journey-costed.v1";

    public enum Change {
        RECORDED, REVISED;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Part(SpendLineRecorded.Amount amount, String share) {
    }

    public record Body(UUID bodyId, String body, SpendLineRecorded.Amount cost, String share) {
    }

    public static JourneyCosted of(Journey journey, Change change) {
        JourneyTerms terms = journey.terms();
        JourneyCosting costing = journey.costing();
        return new JourneyCosted(journey.id(), journey.pilotId(), change.wire(), terms.name(), terms.theme().name(),
                terms.year().toString(),
                new RedesignProposalChanged.PriceBasis(terms.priceBasis().kind().wire(),
                        terms.priceBasis().isReal() ? terms.priceBasis().baseYear().toString() : null),
                terms.redesigns(), terms.redesignProposalId(), journey.version(), journey.contacts().size(),
                gbp(costing.total()), part(costing.repair()), part(costing.prevention()),
                costing.bodies().stream().map(b -> new Body(b.bodyId(), b.body(), gbp(b.cost()),
                        b.share().toPlainString())).toList(),
                costing.duplicates().size(), gbp(costing.duplicatedCost()), JourneyCosting.SHARE_SCALE);
    }

    private static Part part(JourneyCosting.Part part) {
        return new Part(gbp(part.amount()), part.share().toPlainString());
    }

    private static SpendLineRecorded.Amount gbp(BigDecimal amount) {
        return new SpendLineRecorded.Amount(amount.toPlainString(), "GBP");
    }
}
