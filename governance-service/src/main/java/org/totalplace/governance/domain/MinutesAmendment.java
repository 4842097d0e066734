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
 * An amendment made to circulated minutes before their approval: what was moved, and the text it replaced, so
 * the minutes' history can be read back.
 */
@Entity
@Table(name = "minutes_amendment")
public class MinutesAmendment extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    /** 1 for the meeting's first amendment, and so on. */
    private int number;

    private String amendment;

    @Column(name = "previous_text")
    private String previousText;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MinutesAmendment() {
        // for JPA
    }

    public static MinutesAmendment record(UUID meetingId, int number, String amendment, String previousText,
                                          Instant now) {
        MinutesAmendment recorded = new MinutesAmendment();
        recorded.id = UUID.randomUUID();
        recorded.meetingId = meetingId;
        recorded.number = number;
        recorded.amendment = amendment;
        recorded.previousText = previousText;
        recorded.recordedAt = now;
        return recorded;
    }

    public static List<MinutesAmendment> ofMeeting(UUID meetingId) {
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

    public String amendment() {
        return amendment;
    }

    public String previousText() {
        return previousText;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
