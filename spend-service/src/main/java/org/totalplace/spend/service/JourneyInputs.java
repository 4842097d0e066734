package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.totalplace.spend.domain.CountDerivation;
import org.totalplace.spend.domain.CountingRuleSet;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.FunctionCode;
import org.totalplace.spend.domain.JourneyContact;
import org.totalplace.spend.domain.JourneyTerms;
import org.totalplace.spend.domain.Money;
import org.totalplace.spend.domain.PartnerBodyMatch;
import org.totalplace.spend.domain.PlannedContact;
import org.totalplace.spend.domain.Refusal;
import org.totalplace.spend.domain.UnitCost;

/**
 * Turns planned contacts into costed ones: each body text resolved to a partner body of the pilot in the journey's
 * year (by {@link PartnerBodyMatch}'s rule: register name, code or id, ignoring case and spacing), and each unit
 * cost to be derived read from the count — the body's counted figures (treatment counted, any method) in the
 * function for the pilot's year under the named or newest published rule version, whose body text belongs to that
 * partner body. Reads the count; never writes it.
 */
@ApplicationScoped
public class JourneyInputs {

    private final EntityManager em;
    private final CountQueue queue;

    JourneyInputs(EntityManager em, CountQueue queue) {
        this.em = em;
        this.queue = queue;
    }

    /** The costed contacts, or the refusals (each naming its contact) when any body or count is not found. */
    public List<JourneyContact> contacts(UUID pilotId, JourneyTerms terms, List<PlannedContact> planned,
                                         List<Refusal> refusals) {
        List<PartnerBodyMatch.Expected> bodies = partnerBodies(pilotId, terms.year());
        boolean derives = planned.stream().anyMatch(c -> c.unitCost() instanceof PlannedContact.FromCount);
        if (derives) {
            queue.catchUp(pilotId, terms.year());
        }
        List<JourneyContact> contacts = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedContact contact = planned.get(i);
            String at = "contacts[" + i + "]";
            PartnerBodyMatch.Expected body = bodies.stream()
                    .filter(b -> PartnerBodyMatch.belongsTo(contact.body(), b)).findFirst().orElse(null);
            if (body == null) {
                refusals.add(new Refusal(at + ".body", "'" + contact.body().strip() + "' is not a partner body of "
                        + "the pilot in " + terms.year() + " (by name, code or id); the pilot's bodies then: "
                        + (bodies.isEmpty() ? "none known" : bodies.stream().map(PartnerBodyMatch.Expected::name)
                        .collect(Collectors.joining(", ")))));
                continue;
            }
            UnitCost unitCost = contact.unitCost() instanceof PlannedContact.Stated stated
                    ? UnitCost.stated(stated.amount(), stated.source().strip())
                    : derived(pilotId, terms.year(), body, (PlannedContact.FromCount) contact.unitCost(),
                            at + ".unitCost", refusals);
            if (unitCost != null) {
                contacts.add(new JourneyContact(contact.dayOffset(), body.bodyId(), body.name(),
                        contact.activity().strip(), contact.purpose(), contact.quantity(), unitCost));
            }
        }
        return contacts;
    }

    private UnitCost derived(UUID pilotId, FinancialYear year, PartnerBodyMatch.Expected body,
                             PlannedContact.FromCount fromCount, String at, List<Refusal> refusals) {
        CountingRuleSet rules = fromCount.ruleVersion() == null
                ? CountingRuleSet.<CountingRuleSet>find("status = ?1 order by version desc",
                        CountingRuleSet.Status.PUBLISHED).firstResult()
                : CountingRuleSet.<CountingRuleSet>findById(fromCount.ruleVersion());
        if (rules == null || rules.status() != CountingRuleSet.Status.PUBLISHED) {
            refusals.add(new Refusal(at + ".ruleVersion", fromCount.ruleVersion() == null
                    ? "no counting rules are published yet, so nothing is counted to derive from"
                    : "counting rules version " + fromCount.ruleVersion() + " is not published"));
            return null;
        }
        String column = FunctionCode.isLevel2(fromCount.function()) ? "function_l2" : "function_l1";
        List<?> rows = em.createNativeQuery("select body, sum(amount) from counted_figure "
                        + "where rule_version = :version and pilot_id = :pilot and financial_year = :year "
                        + "and treatment = 'counted' and " + column + " = :function group by body")
                .setParameter("version", rules.version())
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .setParameter("function", fromCount.function())
                .getResultList();
        BigDecimal counted = BigDecimal.ZERO.setScale(Money.SCALE);
        boolean found = false;
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            if (PartnerBodyMatch.belongsTo((String) row[0], body)) {
                counted = counted.add((BigDecimal) row[1]);
                found = true;
            }
        }
        if (!found || counted.signum() <= 0) {
            refusals.add(new Refusal(at + ".function", (found ? "the count has no positive spend" : "the count has "
                    + "no spend") + " by " + body.name() + " in function " + fromCount.function() + " for " + year
                    + " under rules version " + rules.version() + " to derive a unit cost from; state the unit "
                    + "cost with its source instead"));
            return null;
        }
        return UnitCost.derived(new CountDerivation(fromCount.function(), rules.version(),
                counted.setScale(Money.SCALE), fromCount.activityVolume(), fromCount.volumeSource().strip()));
    }

    /**
     * The pilot's partner bodies with a membership overlapping the year; the register's name and code when a
     * register event was received, else those of the latest membership event (as {@link MissingBodies} reads them).
     */
    private List<PartnerBodyMatch.Expected> partnerBodies(UUID pilotId, FinancialYear year) {
        List<?> rows = em.createNativeQuery("""
                        select distinct on (m.body_id) m.body_id, coalesce(b.name, m.body_name),
                               coalesce(b.type, m.body_type), case when b.body_id is null then m.body_code else b.code end
                        from known_partner_membership m
                        left join known_partner_body b on b.body_id = m.body_id
                        where m.pilot_id = :pilot and m.joined_on <= :last and (m.left_on is null or m.left_on >= :first)
                        order by m.body_id, m.joined_on desc""")
                .setParameter("pilot", pilotId)
                .setParameter("first", year.firstDay())
                .setParameter("last", year.lastDay())
                .getResultList();
        List<PartnerBodyMatch.Expected> bodies = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            bodies.add(new PartnerBodyMatch.Expected((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3]));
        }
        bodies.sort(java.util.Comparator.comparing(PartnerBodyMatch.Expected::name)
                .thenComparing(PartnerBodyMatch.Expected::bodyId));
        return bodies;
    }
}
