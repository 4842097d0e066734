package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A senior leaders' networking event: key people from the pilots with senior leaders from Whitehall, hosted by a
 * place ("hosted by the pilots and ... held in Birmingham, Leicestershire and Croydon to-date", seed 001). The host
 * is a pilot or a parallel place, never both.
 */
@Entity
@Table(name = "networking_event")
public class NetworkingEvent extends PanacheEntityBase {

    @Id
    private UUID id;

    private String title;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "host_pilot_id")
    private Pilot hostPilot;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "host_parallel_place_id")
    private ParallelPlace hostParallelPlace;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "networking_event_attendee", joinColumns = @JoinColumn(name = "networking_event_id"))
    @OrderColumn(name = "position")
    private List<Attendee> attendees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "networking_event_speaker", joinColumns = @JoinColumn(name = "networking_event_id"))
    @OrderColumn(name = "position")
    private List<Speaker> speakers = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected NetworkingEvent() {
        // for JPA
    }

    public static NetworkingEvent hostedBy(Pilot pilot, NetworkingEventDetails details, Instant now) {
        return record(pilot, null, details, now);
    }

    public static NetworkingEvent hostedBy(ParallelPlace parallel, NetworkingEventDetails details, Instant now) {
        return record(null, parallel, details, now);
    }

    private static NetworkingEvent record(Pilot pilot, ParallelPlace parallel, NetworkingEventDetails details,
                                          Instant now) {
        NetworkingEvent event = new NetworkingEvent();
        event.id = UUID.randomUUID();
        event.createdAt = now;
        event.revise(pilot, parallel, details, now);
        return event;
    }

    /** Replaces everything but the id; exactly one of {@code pilot} and {@code parallel} is the host. */
    public void revise(Pilot pilot, ParallelPlace parallel, NetworkingEventDetails details, Instant now) {
        if ((pilot == null) == (parallel == null)) {
            throw new IllegalArgumentException("a networking event has one host: a pilot or a parallel place");
        }
        hostPilot = pilot;
        hostParallelPlace = parallel;
        title = details.title();
        heldOn = details.heldOn();
        // changed in place, so that Hibernate counts a change of the lists as a new version
        attendees.clear();
        attendees.addAll(details.attendees());
        speakers.clear();
        speakers.addAll(details.speakers());
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Events, optionally of one host (a pilot's or parallel place's id) and in a range of days; by day, then id. */
    public static PanacheQuery<NetworkingEvent> listed(Optional<UUID> hostId, Optional<LocalDate> from,
                                                       Optional<LocalDate> to) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        hostId.ifPresent(id -> {
            conditions.add("(e.hostPilot.id = :host or e.hostParallelPlace.id = :host)");
            parameters.and("host", id);
        });
        from.ifPresent(day -> {
            conditions.add("e.heldOn >= :from");
            parameters.and("from", day);
        });
        to.ifPresent(day -> {
            conditions.add("e.heldOn <= :to");
            parameters.and("to", day);
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("select e from NetworkingEvent e left join e.hostPilot left join e.hostParallelPlace" + where
                + " order by e.heldOn, e.id", parameters);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    /** The host as a tagged place: kind, id, code, name, region. */
    public TaggedPlace host() {
        return hostPilot != null ? hostPilot.tagged() : hostParallelPlace.tagged();
    }

    public Optional<Pilot> hostPilot() {
        return Optional.ofNullable(hostPilot);
    }

    public List<Attendee> attendees() {
        return List.copyOf(attendees);
    }

    public List<Speaker> speakers() {
        return List.copyOf(speakers);
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
