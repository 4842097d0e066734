package org.totalplace.governance.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MinutesStatus;

/**
 * Moves meetings on for tests about what comes after: holding one goes through the API (an empty register, then
 * {@code POST /held}); approving its minutes is set directly on the entity, for tests that need only the approved
 * state (the minutes' own way there is MinutesResourceTest's business).
 */
@ApplicationScoped
public class HeldMeetings {

    private final Clock clock;

    HeldMeetings(Clock clock) {
        this.clock = clock;
    }

    public void hold(String meetingId) {
        Registers.held(meetingId);
    }

    @Transactional
    public void approveMinutes(String meetingId) {
        Meeting meeting = Meeting.findById(UUID.fromString(meetingId));
        meeting.moveMinutesTo(MinutesStatus.APPROVED, clock.instant());
    }
}
