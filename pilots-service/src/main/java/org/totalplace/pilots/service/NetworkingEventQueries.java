package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.pilots.domain.NetworkingEvent;
import org.totalplace.pilots.domain.TaggedPlace;

/** Reads of senior leaders' networking events. */
@ApplicationScoped
public class NetworkingEventQueries {

    private final PlaceQueries places;

    NetworkingEventQueries(PlaceQueries places) {
        this.places = places;
    }

    public NetworkingEvent require(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("No networking event has the id '" + id + "'"));
    }

    public Optional<NetworkingEvent> find(String id) {
        return Ids.asUuid(id).flatMap(key -> NetworkingEvent.<NetworkingEvent>findByIdOptional(key));
    }

    /** One page of events, optionally hosted by the place of {@code hostCode} and within days; by day. */
    public Page<NetworkingEvent> list(Optional<String> hostCode, Optional<LocalDate> from, Optional<LocalDate> to,
                                      PageRequest request) {
        Optional<UUID> host = hostCode.map(code -> places.require(code)).map(TaggedPlace::id);
        var query = NetworkingEvent.listed(host, from, to);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
