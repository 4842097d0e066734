package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyType;

/** Reads of the partner body register. */
@ApplicationScoped
public class PartnerBodyQueries {

    private final BodyLineages lineages;
    private final Clock clock;

    PartnerBodyQueries(BodyLineages lineages, Clock clock) {
        this.lineages = lineages;
        this.clock = clock;
    }

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
    public Page<PartnerBodyView> list(Optional<PartnerBodyType> type, Optional<String> nameText, PageRequest request) {
        var query = PartnerBody.listed(type, nameText, request.sortField(), request.descending());
        List<PartnerBody> bodies = query.page(request.page(), request.size()).list();
        Map<UUID, BodyLineage> byBody = lineages.of(bodies);
        LocalDate today = LocalDate.now(clock);
        return new Page<>(bodies, query.count()).map(body -> new PartnerBodyView(body, byBody.get(body.id()), today));
    }

    /** The body as it is today, with its names and successions. */
    public PartnerBodyView view(PartnerBody body) {
        return new PartnerBodyView(body, lineages.of(body), LocalDate.now(clock));
    }
}
