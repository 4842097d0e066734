package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Region;

/** Reads of the register of parallel places. */
@ApplicationScoped
public class ParallelPlaceQueries {

    /** A parallel place by its id or its code ({@code Sunderland} finds {@code sunderland}). */
    public ParallelPlace require(String idOrCode) {
        return find(idOrCode).orElseThrow(() ->
                new NotFoundException("No parallel place has the id or code '" + idOrCode + "'"));
    }

    public Optional<ParallelPlace> find(String idOrCode) {
        return Ids.asUuid(idOrCode).map(id -> ParallelPlace.<ParallelPlace>findByIdOptional(id))
                .orElseGet(() -> ParallelPlace.findByCode(idOrCode));
    }

    /** One page of parallel places, optionally in a region, with text in their theme, or with a tag; by code. */
    public Page<ParallelPlace> list(Optional<Region> region, Optional<String> themeText, Optional<String> tag,
                                    PageRequest request) {
        var query = ParallelPlace.listed(region, themeText, tag);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
