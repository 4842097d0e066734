package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One meeting of a governance group: a one-off, or one occurrence of a {@link MeetingSeries}. Its agenda
 * items are {@link AgendaItem}s; anything that belongs to the meeting changing calls {@link #touch} so the
 * meeting's version (its ETag) moves with it. Callers ask {@link MeetingTransitions} first.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    private static final Sort CALENDAR = Sort.by("date").and("startsAt", Sort.NullPrecedence.NULLS_FIRST)
            .and("createdAt").and("id");

    @Id
    private UUID id;

    @Column(name = "group_id")
    private UUID groupId;

    @Column(name = "series_id")
    private UUID seriesId;

    /** 1-based place in its series; null for a one-off. */
    private Integer occurrence;

    private String title;

    @Column(name = "meeting_date")
    private LocalDate date;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    private String location;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    @Column(name = "cancelled_reason")
    private String cancelledReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "minutes_status")
    private MinutesStatus minutesStatus;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Meeting() {
        // for JPA
    }

    public static Meeting oneOff(GovernanceGroup group, MeetingDetails details, Instant now) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.groupId = group.id();
        meeting.title = details.title();
        meeting.date = details.date();
        meeting.startsAt = details.startsAt();
        meeting.location = details.location();
        return scheduled(meeting, now);
    }

    public static Meeting occurrence(MeetingSeries series, int occurrence, LocalDate date, Instant now) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.groupId = series.groupId();
        meeting.seriesId = series.id();
        meeting.occurrence = occurrence;
        meeting.title = series.title();
        meeting.date = date;
        meeting.startsAt = series.startsAt();
        meeting.location = series.location();
        return scheduled(meeting, now);
    }

    private static Meeting scheduled(Meeting meeting, Instant now) {
        meeting.status = MeetingStatus.SCHEDULED;
        meeting.minutesStatus = MinutesStatus.NONE;
        meeting.createdAt = now;
        meeting.updatedAt = now;
        return meeting;
    }

    /**
     * Something belonging to the meeting (its agenda, attendance, record) changed: its version moves on. The
     * stamp always moves forward, by a microsecond (the database's resolution) when the clock has not (a fixed
     * clock in tests), so the row is always dirty and Hibernate bumps the version once at the next flush.
     */
    public void touch(Instant now) {
        updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
    }

    public void markHeld(Instant now) {
        status = MeetingStatus.HELD;
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        status = MeetingStatus.CANCELLED;
        cancelledReason = reason;
        updatedAt = now;
    }

    public void moveMinutesTo(MinutesStatus minutes, Instant now) {
        minutesStatus = minutes;
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** The group's next meeting still to be held: the earliest SCHEDULED one. */
    public static Optional<Meeting> nextScheduled(UUID groupId) {
        return find("groupId = ?1 and status = ?2", CALENDAR, groupId, MeetingStatus.SCHEDULED).firstResultOptional();
    }

    public static List<Meeting> ofSeries(UUID seriesId) {
        return list("seriesId", Sort.by("occurrence"), seriesId);
    }

    /** The group's meetings in calendar order, optionally within dates and of one status. */
    public static PanacheQuery<Meeting> ofGroup(UUID groupId, Optional<LocalDate> from, Optional<LocalDate> to,
                                                Optional<MeetingStatus> status) {
        List<String> conditions = new ArrayList<>(List.of("groupId = :groupId"));
        Parameters parameters = Parameters.with("groupId", groupId);
        if (from.isPresent()) {
            conditions.add("date >= :from");
            parameters = parameters.and("from", from.get());
        }
        if (to.isPresent()) {
            conditions.add("date <= :to");
            parameters = parameters.and("to", to.get());
        }
        if (status.isPresent()) {
            conditions.add("status = :status");
            parameters = parameters.and("status", status.get());
        }
        return find(String.join(" and ", conditions), CALENDAR, parameters);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public Integer occurrence() {
        return occurrence;
    }

    public String title() {
        return title;
    }

    public LocalDate date() {
        return date;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public String location() {
        return location;
    }

    public MeetingStatus status() {
        return status;
    }

    public String cancelledReason() {
        return cancelledReason;
    }

    public MinutesStatus minutesStatus() {
        return minutesStatus;
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
