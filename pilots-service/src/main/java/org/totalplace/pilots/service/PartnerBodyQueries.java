package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyType;

/** Reads of the partner body register. */
@ApplicationScoped
public class PartnerBodyQueries {

    /** A body by its id or by its code, in any case ({@code 5lg} finds {@code 5LG}). */
    public PartnerBody require(String idOrCode) {
        return find(idOrCode).orElseThrow(() ->
                new NotFoundException("No partner body has the id or code '" + idOrCode + "'"));
    }

    public Optional<PartnerBody> find(String idOrCode) {
        return Ids.asUuid(idOrCode).map(id -> PartnerBody.<PartnerBody>findByIdOptional(id))
                .orElseGet(() -> PartnerBody.findByCode(idOrCode));
    }

    /** One page of bodies, optionally of one type and with some text in their name; ties ordered by id. */
    public Page<PartnerBody> list(Optional<PartnerBodyType> type, Optional<String> nameText, PageRequest request) {
        var query = PartnerBody.listed(type, nameText, request.sortField(), request.descending());
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
