package org.totalplace.spend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.KnownPilot;
import org.totalplace.spend.domain.PartnerBodyMatch;

/**
 * The partner bodies a pilot's count for a year should have a submission from — those in its partnership (as
 * pilots-service announced it) for at least one day of the financial year — matched to the year's submissions in any
 * state by {@link PartnerBodyMatch}.
 */
@ApplicationScoped
public class MissingBodies {

    public record Report(KnownPilot pilot, FinancialYear year, PartnerBodyMatch.Result match) {
    }

    private final EntityManager em;

    MissingBodies(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Report of(UUID pilotId, FinancialYear year) {
        KnownPilot pilot = KnownPilot.findById(pilotId);
        if (pilot == null) {
            throw new NotFoundException("No pilot " + pilotId + " (pilots are known from pilots-service's events)");
        }
        return new Report(pilot, year, PartnerBodyMatch.match(expected(pilotId, year), submissions(pilotId, year)));
    }

    /**
     * One row per body with a membership period overlapping the year; the register's name, type and code when a
     * register event has been received, else those of the body's latest membership event.
     */
    private List<PartnerBodyMatch.Expected> expected(UUID pilotId, FinancialYear year) {
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
        List<PartnerBodyMatch.Expected> expected = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            expected.add(new PartnerBodyMatch.Expected((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3]));
        }
        expected.sort(java.util.Comparator.comparing(PartnerBodyMatch.Expected::name)
                .thenComparing(PartnerBodyMatch.Expected::bodyId));
        return expected;
    }

    private List<PartnerBodyMatch.Offered> submissions(UUID pilotId, FinancialYear year) {
        List<?> rows = em.createNativeQuery("""
                        select id, body, state from submission where pilot_id = :pilot and financial_year = :year
                        order by body, created_at, id""")
                .setParameter("pilot", pilotId)
                .setParameter("year", year.toString())
                .getResultList();
        List<PartnerBodyMatch.Offered> offered = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            offered.add(new PartnerBodyMatch.Offered((UUID) row[0], (String) row[1], (String) row[2]));
        }
        return offered;
    }
}
