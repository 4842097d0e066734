package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A recurring series of one group's meetings, all generated when the series is created. */
@Entity
@Table(name = "meeting_series")
public class MeetingSeries extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "group_id")
    private UUID groupId;

    private String title;

    @Enumerated(EnumType.STRING)
    private Cadence cadence;

    @Column(name = "first_date")
    private LocalDate firstDate;

    private int occurrences;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    private String location;

    @Column(name = "created_at")
    private Instant createdAt;

    protected MeetingSeries() {
        // for JPA
    }

    public static MeetingSeries of(GovernanceGroup group, MeetingDetails details, SeriesPlan plan, Instant now) {
        MeetingSeries series = new MeetingSeries();
        series.id = UUID.randomUUID();
        series.groupId = group.id();
        series.title = details.title();
        series.cadence = plan.cadence();
        series.firstDate = plan.first();
        series.occurrences = plan.occurrences();
        series.startsAt = details.startsAt();
        series.location = details.location();
        series.createdAt = now;
        return series;
    }

    public SeriesPlan plan() {
        return new SeriesPlan(cadence, firstDate, occurrences);
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public String title() {
        return title;
    }

    public Cadence cadence() {
        return cadence;
    }

    public LocalDate firstDate() {
        return firstDate;
    }

    public int occurrences() {
        return occurrences;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public String location() {
        return location;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
