package org.totalplace.pilots.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.totalplace.pilots.domain.ExpressionOfInterest;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotScope;
import org.totalplace.pilots.domain.ScopeCondition;

/** Reads of the expressions of interest. */
@ApplicationScoped
public class ExpressionOfInterestQueries {

    /** What each sortable field sorts by: status in the order of the review, place ignoring case. */
    private static final Map<String, String> ORDER = Map.of(
            "receivedOn", "e.receivedOn",
            "place", "lower(e.place)",
            "status", Arrays.stream(InterestStatus.values())
                    .map(status -> "when " + InterestStatus.class.getName() + "." + status.name()
                            + " then " + status.ordinal())
                    .collect(Collectors.joining(" ", "case e.status ", " end")));

    private final PilotQueries pilots;

    ExpressionOfInterestQueries(PilotQueries pilots) {
        this.pilots = pilots;
    }

    public ExpressionOfInterest require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No expression of interest has the id '" + id + "'"));
    }

    public Optional<ExpressionOfInterest> find(String id) {
        return asUuid(id).flatMap(uuid -> ExpressionOfInterest.<ExpressionOfInterest>findByIdOptional(uuid));
    }

    /**
     * One page of expressions of interest; ties in the sort field are ordered by receipt, place and id.
     * A pilot that does not exist has none.
     */
    public Page<ExpressionOfInterest> list(InterestFilter filter, PilotScope scope, PageRequest request) {
        String sortBy = ORDER.get(request.sortField());
        if (sortBy == null) {
            throw new IllegalArgumentException("not a sortable field: " + request.sortField());
        }
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!scope.everything()) {
            Map<String, Object> named = new HashMap<>();
            where.add(ScopeCondition.of(scope, "(select p.code from Pilot p where p.id = e.pilotId)", "e.region", named));
            named.forEach(parameters::and);
        }
        filter.status().ifPresent(status -> {
            where.add("e.status = :status");
            parameters.and("status", status);
        });
        filter.region().ifPresent(region -> {
            where.add("e.region = :region");
            parameters.and("region", region);
        });
        if (filter.pilot().isPresent()) {
            Optional<UUID> pilotId = pilots.find(filter.pilot().get()).map(Pilot::id);
            if (pilotId.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            where.add("e.pilotId = :pilotId");
            parameters.and("pilotId", pilotId.get());
        }
        String query = "from ExpressionOfInterest e" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        String order = " order by " + sortBy + (request.descending() ? " desc" : "")
                + ", e.receivedOn, lower(e.place), e.id";
        long total = ExpressionOfInterest.find(query, parameters).count();
        List<ExpressionOfInterest> items = ExpressionOfInterest.<ExpressionOfInterest>find(query + order, parameters)
                .page(request.page(), request.size()).list();
        return new Page<>(items, total);
    }

    public InterestSummary summary() {
        return new InterestSummary(ExpressionOfInterest.count(), ExpressionOfInterest.countByStatus(),
                ExpressionOfInterest.countByRegion(), ExpressionOfInterest.countForwardedTo(),
                ExpressionOfInterest.countForwarded());
    }

    private static Optional<UUID> asUuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
