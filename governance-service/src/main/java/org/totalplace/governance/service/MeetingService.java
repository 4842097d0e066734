package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.AgendaItemDetails;
import org.totalplace.governance.domain.AgendaItemKind;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingDetails;
import org.totalplace.governance.domain.MeetingSeries;
import org.totalplace.governance.domain.MeetingTransitions;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.domain.SeriesPlan;
import org.totalplace.governance.domain.StandingAgendaItem;
import org.totalplace.governance.events.AgendaItemAdded;
import org.totalplace.governance.events.MeetingCancelled;
import org.totalplace.governance.events.MeetingScheduled;
import org.totalplace.governance.events.Outbox;

/**
 * Scheduling a group's meetings, one-off or as a series, and changing agendas before the meeting. Each change is
 * one transaction with its events, keyed by the group id; after each, the group's open business is carried onto
 * its next scheduled meeting.
 */
@ApplicationScoped
public class MeetingService {

    public static final String CADENCE = "cadence";

    private final GroupQueries groups;
    private final MeetingQueries meetings;
    private final AgendaBusiness business;
    private final Outbox outbox;
    private final Clock clock;

    MeetingService(GroupQueries groups, MeetingQueries meetings, AgendaBusiness business, Outbox outbox, Clock clock) {
        this.groups = groups;
        this.meetings = meetings;
        this.business = business;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A one-off meeting; with {@code standingAgenda} it starts with the group's standing agenda. */
    @Transactional
    public Meeting schedule(String groupIdOrCode, MeetingDetails details, boolean standingAgenda) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        Instant now = clock.instant();
        Meeting meeting = Meeting.oneOff(group, details, now);
        meeting.persist();
        announce(meeting, standingAgenda ? StandingAgendaItem.ofGroup(group.id()) : List.of(), now);
        business.carryForward(group.id());
        return meeting;
    }

    /**
     * A recurring series, every meeting generated now with the group's standing agenda. The cadence defaults
     * to the group's own; a group that meets ad hoc (or has no cadence) must be given one.
     */
    @Transactional
    public MeetingSeries createSeries(String groupIdOrCode, MeetingDetails details, Optional<Cadence> cadence,
                                      int occurrences) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        Cadence every = cadence.or(() -> Optional.ofNullable(group.cadence())).orElse(Cadence.AD_HOC);
        if (every == Cadence.AD_HOC) {
            throw RuleViolationException.of(RuleDecision.reject(CADENCE, "the group " + group.code()
                    + " has no regular cadence; say how often the series meets (WEEKLY, FORTNIGHTLY, MONTHLY or QUARTERLY)"));
        }
        Instant now = clock.instant();
        MeetingSeries series = MeetingSeries.of(group, details, new SeriesPlan(every, details.date(), occurrences), now);
        series.persist();
        List<StandingAgendaItem> standing = StandingAgendaItem.ofGroup(group.id());
        List<LocalDate> dates = series.plan().dates();
        for (int n = 0; n < dates.size(); n++) {
            Meeting meeting = Meeting.occurrence(series, n + 1, dates.get(n), now);
            meeting.persist();
            announce(meeting, standing, now);
        }
        business.carryForward(group.id());
        return series;
    }

    /** Adds an item after the last one of a scheduled meeting's agenda. */
    @Transactional
    public AgendaItem addItem(UUID meetingId, ExpectedVersion expected, AgendaItemDetails details) {
        Meeting meeting = meetings.requireForChange(meetingId);
        expected.check(meeting.version());
        Refusals.conflictIfRejected(MeetingTransitions.checkChangeAgenda(meeting.status()));
        Instant now = clock.instant();
        AgendaItem item = AgendaItem.append(meeting, AgendaItemKind.ADDED, details, now);
        item.persist();
        meeting.touch(now);
        MeetingChanges.flush();
        outbox.record(AgendaItemAdded.TYPE, meeting.groupId(), AgendaItemAdded.of(meeting, item));
        return item;
    }

    /** Calls off a scheduled meeting; what was open on its agenda moves to the group's next meeting. */
    @Transactional
    public Meeting cancel(UUID meetingId, ExpectedVersion expected, String reason) {
        Meeting meeting = meetings.requireForChange(meetingId);
        expected.check(meeting.version());
        Refusals.conflictIfRejected(MeetingTransitions.checkCancel(meeting.status()));
        meeting.cancel(reason.strip(), clock.instant());
        MeetingChanges.flush();
        outbox.record(MeetingCancelled.TYPE, meeting.groupId(), MeetingCancelled.of(meeting));
        business.carryForward(meeting.groupId());
        return meeting;
    }

    private void announce(Meeting meeting, List<StandingAgendaItem> standing, Instant now) {
        for (StandingAgendaItem template : standing) {
            // each append numbers itself after the last stored item, so write before the next one
            AgendaItem.append(meeting, AgendaItemKind.STANDING, template.details(), now).persistAndFlush();
        }
        MeetingChanges.flush();
        outbox.record(MeetingScheduled.TYPE, meeting.groupId(), MeetingScheduled.of(meeting, AgendaItem.of(meeting.id())));
    }
}
