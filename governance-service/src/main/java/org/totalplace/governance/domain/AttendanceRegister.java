package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who attended one meeting: an entry per membership, in the order given, and the names of others in attendance
 * ("John Atkinson, Leadership Centre"), who never count towards the quorum. Each recording replaces the whole
 * register; its version is the meeting's, which {@code touch} moves. {@code quorate} is stored when the meeting
 * is held.
 */
@Entity
@Table(name = "attendance_register")
public class AttendanceRegister extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attendance_entry", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    private List<AttendanceMark> entries = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "attendance_guest", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> inAttendance = new ArrayList<>();

    /** Whether the meeting was quorate, stored when it is held; null until then. */
    private Boolean quorate;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AttendanceRegister() {
        // for JPA
    }

    /** A new register; the caller has asked {@link AttendanceRules} first. */
    public static AttendanceRegister record(UUID meetingId, List<AttendanceMark> entries, List<String> inAttendance,
                                            Instant now) {
        AttendanceRegister register = new AttendanceRegister();
        register.meetingId = meetingId;
        register.recordedAt = now;
        register.replace(entries, inAttendance, now);
        return register;
    }

    public void replace(List<AttendanceMark> newEntries, List<String> newInAttendance, Instant now) {
        entries.clear();
        entries.addAll(newEntries);
        inAttendance.clear();
        inAttendance.addAll(newInAttendance);
        updatedAt = now;
    }

    public void storeQuorate(boolean verdict) {
        quorate = verdict;
    }

    public static Optional<AttendanceRegister> ofMeeting(UUID meetingId) {
        return findByIdOptional(meetingId);
    }

    /** Whether the meeting was quorate, once it has been held; null before. */
    public static Boolean quorateOf(UUID meetingId) {
        return AttendanceRegister.<AttendanceRegister>findByIdOptional(meetingId).map(AttendanceRegister::quorate)
                .orElse(null);
    }

    public UUID meetingId() {
        return meetingId;
    }

    public List<AttendanceMark> entries() {
        return List.copyOf(entries);
    }

    public List<String> inAttendance() {
        return List.copyOf(inAttendance);
    }

    public Boolean quorate() {
        return quorate;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
