package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.MinutesAmendment;
import org.totalplace.governance.domain.MinutesCorrection;

/** Reads of a meeting's minutes. */
@ApplicationScoped
public class MinutesQueries {

    private final MeetingQueries meetings;

    MinutesQueries(MeetingQueries meetings) {
        this.meetings = meetings;
    }

    public MinutesView view(UUID meetingId) {
        return view(meetings.require(meetingId));
    }

    MinutesView view(Meeting meeting) {
        return new MinutesView(meeting.id(), meeting.version(), meeting.minutesStatus(),
                MeetingMinutes.ofMeeting(meeting.id()), MinutesAmendment.ofMeeting(meeting.id()),
                MinutesCorrection.ofMeeting(meeting.id()));
    }
}
