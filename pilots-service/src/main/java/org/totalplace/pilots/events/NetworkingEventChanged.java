package org.totalplace.pilots.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.Attendee;
import org.totalplace.pilots.domain.NetworkingEvent;
import org.totalplace.pilots.domain.Speaker;
import org.totalplace.pilots.domain.TaggedPlace;

/** The data of networking-event-recorded and networking-event-updated: the whole event after the change. */
public record NetworkingEventChanged(UUID networkingEventId, String title, LocalDate heldOn, Host host,
                                     List<Attendee> attendees, List<Speaker> speakers, long version) {

    public static final String RECORDED = "totalplace.pilots.networking-event-recorded.v1";
    public static final String UPDATED = "totalplace.pilots.networking-event-updated.v1";

    /** The place that hosted the event: a pilot or a parallel place. */
    public record Host(String kind, UUID id, String code, String name) {
    }

    public static NetworkingEventChanged of(NetworkingEvent event) {
        TaggedPlace host = event.host();
        return new NetworkingEventChanged(event.id(), event.title(), event.heldOn(),
                new Host(host.kind().name(), host.id(), host.code(), host.name()), event.attendees(), event.speakers(),
                event.version());
    }
}
