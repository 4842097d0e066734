package org.totalplace.governance.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.OptimisticLockException;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;

/** What every change to a meeting's record (attendance, holding it, minutes) does around its rules. */
final class MeetingChanges {

    private MeetingChanges() {
    }

    /** The meeting, its row held until commit so changes to one meeting queue, checked against If-Match. */
    static Meeting forChange(MeetingQueries meetings, UUID meetingId, ExpectedVersion expected) {
        Meeting meeting = meetings.requireForChange(meetingId);
        expected.check(meeting.version());
        return meeting;
    }

    /** Writes now, so that the event carries the stored version. */
    static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The meeting was changed by someone else meanwhile; read it again");
        }
    }
}
