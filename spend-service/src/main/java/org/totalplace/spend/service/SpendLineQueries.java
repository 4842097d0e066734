package org.totalplace.spend.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.PilotScope;
import org.totalplace.spend.domain.SpendLine;

/** Reads of the count. */
@ApplicationScoped
public class SpendLineQueries {

    /** A spend line by its id; text that is not a UUID names no spend line. */
    public SpendLine require(String id) {
        return asUuid(id).flatMap(uuid -> SpendLine.<SpendLine>findByIdOptional(uuid))
                .orElseThrow(() -> new NotFoundException("No spend line has the id '" + id + "'"));
    }

    /**
     * One page of the spend lines within {@code scope}, optionally one pilot's and/or one year's; ties in the sort
     * field are ordered by id.
     */
    public Page<SpendLine> list(PilotScope scope, Optional<UUID> pilotId, Optional<FinancialYear> financialYear,
                                PageRequest request) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        String inScope = ScopeConditions.hql(scope, "pilotId", parameters);
        if (inScope != null) {
            conditions.add(inScope);
        }
        pilotId.ifPresent(id -> {
            conditions.add("pilotId = :pilotId");
            parameters.and("pilotId", id);
        });
        financialYear.ifPresent(year -> {
            conditions.add("financialYear = :financialYear");
            parameters.and("financialYear", year.toString());
        });
        Sort sort = Sort.by(request.sortField(),
                request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending).and("id");
        var query = conditions.isEmpty()
                ? SpendLine.<SpendLine>findAll(sort)
                : SpendLine.<SpendLine>find(String.join(" and ", conditions), sort, parameters);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }

    private static Optional<UUID> asUuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
