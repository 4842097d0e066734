package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A correction to approved minutes. The approved text stays as it was approved; the correction is read beside it.
 */
@Entity
@Table(name = "minutes_correction")
public class MinutesCorrection extends PanacheEntityBase {

    @Id
    private UUID id;

    /** The meeting whose approved minutes this corrects. */
    @Column(name = "meeting_id")
    private UUID meetingId;

    private int number;

    private String text;

    private String reason;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MinutesCorrection() {
        // for JPA
    }

    public static MinutesCorrection record(UUID meetingId, int number, String text, String reason, Instant now) {
        MinutesCorrection correction = new MinutesCorrection();
        correction.id = UUID.randomUUID();
        correction.meetingId = meetingId;
        correction.number = number;
        correction.text = text;
        correction.reason = reason;
        correction.recordedAt = now;
        return correction;
    }

    public static List<MinutesCorrection> ofMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by number", meetingId);
    }

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public String reason() {
        return reason;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
