package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which pilots a list shows; each criterion that is null matches every pilot.
 *
 * @param region      in this region
 * @param themeText   whose theme contains this text, ignoring case
 * @param councilType whose council type is this one, ignoring case
 * @param phase       in this programme phase
 * @param overdue     with (true) or without (false) an overdue milestone or submission on the list's day
 * @param scope       only pilots the caller may see (never null: {@link PilotScope#all()} for every pilot)
 */
public record PilotFilter(Region region, String themeText, String councilType, ProgrammePhase phase, Boolean overdue,
                          PilotScope scope) {

    public static PilotFilter none() {
        return new PilotFilter(null, null, null, null, null, PilotScope.all());
    }

    /** The HQL condition on {@code p} (a {@link Pilot}) and its named parameters; "" when nothing is filtered. */
    Condition condition(LocalDate today) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (!scope.everything()) {
            clauses.add(ScopeCondition.of(scope, "p.code", "p.region", parameters));
        }
        if (region != null) {
            clauses.add("p.region = :region");
            parameters.put("region", region);
        }
        if (themeText != null) {
            clauses.add("locate(:themeText, lower(p.theme)) > 0");
            parameters.put("themeText", themeText.toLowerCase(Locale.ROOT));
        }
        if (councilType != null) {
            clauses.add("lower(p.councilType) = :councilType");
            parameters.put("councilType", councilType.toLowerCase(Locale.ROOT));
        }
        if (phase != null) {
            clauses.add("p.phase = :phase");
            parameters.put("phase", phase);
        }
        if (overdue != null) {
            // the same rule as Overdue, asked of the database
            String late = """
                    (exists (select m.id from Milestone m
                             where m.pilotId = p.id and m.status = :planned and m.dueDate < :today)
                     or exists (select s.id from Submission s, ReportingPoint r
                                where r.id = s.reportingPointId and s.pilotId = p.id
                                and s.state in :outstanding and r.dueDate < :today))""";
            clauses.add(overdue ? late : "not " + late);
            parameters.put("planned", MilestoneStatus.PLANNED);
            parameters.put("outstanding", Overdue.OUTSTANDING_SUBMISSIONS);
            parameters.put("today", today);
        }
        return new Condition(String.join(" and ", clauses), parameters);
    }

    record Condition(String hql, Map<String, Object> parameters) {
    }
}
