package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The minutes of one held meeting. Their status is the meeting's {@code minutesStatus}, kept in step by the
 * service; this row holds the text and, once approved, where. Amendments and corrections are rows of their own.
 */
@Entity
@Table(name = "meeting_minutes")
public class MeetingMinutes extends PanacheEntityBase {

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;

    private String text;

    @Column(name = "circulated_at")
    private Instant circulatedAt;

    @Column(name = "approved_at_meeting_id")
    private UUID approvedAtMeetingId;

    /** The date of the approving meeting, kept so that a refusal can name it without another read. */
    @Column(name = "approved_at_meeting_date")
    private LocalDate approvedAtMeetingDate;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected MeetingMinutes() {
        // for JPA
    }

    /** The first draft; the caller has asked {@link MinutesTransitions} first. */
    public static MeetingMinutes draft(UUID meetingId, String text, Instant now) {
        MeetingMinutes minutes = new MeetingMinutes();
        minutes.meetingId = meetingId;
        minutes.text = text;
        minutes.createdAt = now;
        minutes.updatedAt = now;
        return minutes;
    }

    public static Optional<MeetingMinutes> ofMeeting(UUID meetingId) {
        return findByIdOptional(meetingId);
    }

    public void replaceText(String newText, Instant now) {
        text = newText;
        updatedAt = now;
    }

    public void circulate(Instant now) {
        circulatedAt = now;
        updatedAt = now;
    }

    public void approve(UUID atMeetingId, LocalDate atMeetingDate, Instant now) {
        approvedAtMeetingId = atMeetingId;
        approvedAtMeetingDate = atMeetingDate;
        approvedAt = now;
        updatedAt = now;
    }

    /** Where the minutes were approved; empty until then. */
    public Optional<MinutesApproval> approval() {
        return approvedAtMeetingId == null ? Optional.empty()
                : Optional.of(new MinutesApproval(approvedAtMeetingId, approvedAtMeetingDate));
    }

    public UUID meetingId() {
        return meetingId;
    }

    public String text() {
        return text;
    }

    public Instant circulatedAt() {
        return circulatedAt;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
