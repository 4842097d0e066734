package org.totalplace.governance.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MinutesStatus;
import org.totalplace.governance.service.AgendaBusiness;

/**
 * Moves meetings the way slices not built yet will (holding a meeting, approving its minutes), directly on the
 * entity in one transaction, with the carry-forward the service will do when a meeting is held.
 */
@ApplicationScoped
public class HeldMeetings {

    private final AgendaBusiness agendas;
    private final Clock clock;

    HeldMeetings(AgendaBusiness agendas, Clock clock) {
        this.agendas = agendas;
        this.clock = clock;
    }

    @Transactional
    public void hold(String meetingId) {
        Meeting meeting = Meeting.findById(UUID.fromString(meetingId));
        meeting.markHeld(clock.instant());
        agendas.carryForward(meeting.groupId());
    }

    @Transactional
    public void approveMinutes(String meetingId) {
        Meeting meeting = Meeting.findById(UUID.fromString(meetingId));
        meeting.moveMinutesTo(MinutesStatus.APPROVED, clock.instant());
    }
}
