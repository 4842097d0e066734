package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodySuccession;
import org.totalplace.pilots.domain.PastSuccession;

/** Partner bodies through time: each body with its successions, read in one query for a page of bodies. */
@ApplicationScoped
public class BodyLineages {

    public BodyLineage of(PartnerBody body) {
        return of(List.of(body)).get(body.id());
    }

    /** The lineage of each body, by body id. */
    public Map<UUID, BodyLineage> of(Collection<PartnerBody> bodies) {
        Map<UUID, List<PastSuccession>> successions = new HashMap<>();
        PartnerBodySuccession.of(bodies.stream().map(PartnerBody::id).distinct().toList()).forEach(succession ->
                successions.computeIfAbsent(succession.bodyId(), id -> new java.util.ArrayList<>()).add(succession.past()));
        Map<UUID, BodyLineage> lineages = new HashMap<>();
        bodies.forEach(body -> lineages.put(body.id(), new BodyLineage(body.id(), body.name(), body.establishedOn(),
                successions.getOrDefault(body.id(), List.of()))));
        return lineages;
    }
}
