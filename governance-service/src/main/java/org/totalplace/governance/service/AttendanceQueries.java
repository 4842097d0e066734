package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AttendanceRegister;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.Membership;
import org.totalplace.governance.domain.MinutesApproval;
import org.totalplace.governance.domain.Quorum;
import org.totalplace.governance.domain.QuorumRule;
import org.totalplace.governance.domain.QuorumVerdict;
import org.totalplace.governance.domain.Seat;

/** Reads of attendance registers, and what the quorum and attendance rules need to know of a group. */
@ApplicationScoped
public class AttendanceQueries {

    private final MeetingQueries meetings;

    AttendanceQueries(MeetingQueries meetings) {
        this.meetings = meetings;
    }

    /** A group's quorum rule and all its memberships, past and present: the rules pick those in post on the day. */
    public record GroupSeats(QuorumRule rule, List<Seat> seats) {

        public QuorumVerdict assess(LocalDate date, AttendanceRegister register) {
            return Quorum.assess(rule, date, seats, register.entries());
        }
    }

    public GroupSeats seatsOf(UUID groupId) {
        GovernanceGroup group = GovernanceGroup.findById(groupId);
        return new GroupSeats(group.quorum(), Membership.allOf(group).stream().map(Membership::seat).toList());
    }

    /** The meeting's register with the quorum it gives; 404 while none has been recorded. */
    public AttendanceView view(UUID meetingId) {
        Meeting meeting = meetings.require(meetingId);
        AttendanceRegister register = AttendanceRegister.ofMeeting(meeting.id()).orElseThrow(() -> new NotFoundException(
                "No attendance has been recorded for the meeting " + meeting.id() + " yet"));
        GroupSeats group = seatsOf(meeting.groupId());
        return new AttendanceView(meeting.id(), meeting.version(), register, group.rule(),
                group.assess(meeting.date(), register), group.seats());
    }

    /** Where the meeting's minutes were approved; null until they are. */
    public MinutesApproval approvalOf(UUID meetingId) {
        return MeetingMinutes.ofMeeting(meetingId).flatMap(MeetingMinutes::approval).orElse(null);
    }
}
