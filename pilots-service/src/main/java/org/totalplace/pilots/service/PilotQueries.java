package org.totalplace.pilots.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PilotFilter;

/** Reads of the pilot register. */
@ApplicationScoped
public class PilotQueries {

    private final Clock clock;

    PilotQueries(Clock clock) {
        this.clock = clock;
    }

    /** A pilot by its id or by its code (codes are lowercase; {@code Lewisham} finds {@code lewisham}). */
    public Pilot require(String idOrCode) {
        return find(idOrCode).orElseThrow(() -> new NotFoundException("No pilot has the id or code '" + idOrCode + "'"));
    }

    public Optional<Pilot> find(String idOrCode) {
        return asUuid(idOrCode).map(id -> Pilot.<Pilot>findByIdOptional(id)).orElseGet(() -> Pilot.findByCode(idOrCode));
    }

    /** One page of the pilots the filter lets through (overdue as of today); ties in the sort field are ordered by code. */
    public Page<Pilot> list(PilotFilter filter, PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
        if (!"code".equals(request.sortField())) {
            sort = sort.and("code");
        }
        var query = Pilot.listed(filter, LocalDate.now(clock), sort);
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
