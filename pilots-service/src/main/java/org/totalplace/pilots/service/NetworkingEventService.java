package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.totalplace.pilots.domain.NetworkingEvent;
import org.totalplace.pilots.domain.NetworkingEventDetails;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.PlaceKind;
import org.totalplace.pilots.domain.TaggedPlace;
import org.totalplace.pilots.events.NetworkingEventChanged;
import org.totalplace.pilots.events.Outbox;

/** Recording senior leaders' networking events: each change one transaction with its event in the outbox. */
@ApplicationScoped
public class NetworkingEventService {

    public static final String HOST = "host";

    private final NetworkingEventQueries queries;
    private final PlaceQueries places;
    private final Outbox outbox;
    private final Clock clock;

    NetworkingEventService(NetworkingEventQueries queries, PlaceQueries places, Outbox outbox, Clock clock) {
        this.queries = queries;
        this.places = places;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public NetworkingEvent record(String hostCode, NetworkingEventDetails details) {
        TaggedPlace host = host(hostCode);
        NetworkingEvent event = host.kind() == PlaceKind.PILOT
                ? NetworkingEvent.hostedBy(Pilot.<Pilot>findById(host.id()), details, clock.instant())
                : NetworkingEvent.hostedBy(ParallelPlace.<ParallelPlace>findById(host.id()), details, clock.instant());
        event.persist();
        PartnerChanges.flush("networking event");
        outbox.record(NetworkingEventChanged.RECORDED, event.id(), NetworkingEventChanged.of(event));
        return event;
    }

    @Transactional
    public NetworkingEvent revise(String id, ExpectedVersion expected, String hostCode, NetworkingEventDetails details) {
        NetworkingEvent event = queries.require(id);
        expected.check(event.version());
        TaggedPlace host = host(hostCode);
        boolean byPilot = host.kind() == PlaceKind.PILOT;
        event.revise(byPilot ? Pilot.<Pilot>findById(host.id()) : null,
                byPilot ? null : ParallelPlace.<ParallelPlace>findById(host.id()), details, clock.instant());
        PartnerChanges.flush("networking event");
        outbox.record(NetworkingEventChanged.UPDATED, event.id(), NetworkingEventChanged.of(event));
        return event;
    }

    /** The host must be a registered place: an unknown code is a 422 naming {@code host}. */
    private TaggedPlace host(String code) {
        return places.find(code).orElseThrow(() -> new RuleViolationException(
                "A networking event is hosted by a pilot or a parallel place",
                List.of(new Violation(HOST, "no pilot or parallel place has the code '" + code + "'"))));
    }
}
