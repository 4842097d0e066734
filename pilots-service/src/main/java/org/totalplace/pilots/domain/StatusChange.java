package org.totalplace.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One step in the history of an expression of interest; {@code from} is null for its receipt. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private InterestStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private InterestStatus to;

    @Column(name = "changed_at")
    private Instant at;

    private String reason;

    protected StatusChange() {
        // for JPA
    }

    StatusChange(InterestStatus from, InterestStatus to, Instant at, String reason) {
        this.from = from;
        this.to = to;
        this.at = at;
        this.reason = reason;
    }

    public InterestStatus from() {
        return from;
    }

    public InterestStatus to() {
        return to;
    }

    public Instant at() {
        return at;
    }

    public String reason() {
        return reason;
    }
}
