package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.totalplace.pilots.domain.Milestone;
import org.totalplace.pilots.domain.MilestoneStatus;
import org.totalplace.pilots.domain.MilestoneTransitions;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.ProgrammePhase;
import org.totalplace.pilots.events.MilestoneChangedEvent;
import org.totalplace.pilots.events.Outbox;

/** Planning a pilot's milestones and recording whether they were met. */
@ApplicationScoped
public class MilestoneService {

    private final PilotQueries pilots;
    private final TimetableQueries timetable;
    private final Outbox outbox;
    private final Clock clock;

    MilestoneService(PilotQueries pilots, TimetableQueries timetable, Outbox outbox, Clock clock) {
        this.pilots = pilots;
        this.timetable = timetable;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Milestone plan(String pilotIdOrCode, String title, ProgrammePhase phase, LocalDate dueDate) {
        Pilot pilot = pilots.require(pilotIdOrCode);
        Milestone milestone = Milestone.plan(pilot.id(), title, phase, dueDate, clock.instant());
        milestone.persist();
        TimetableWrites.flush("milestone");
        outbox.record(MilestoneChangedEvent.TYPE, pilot.id(), MilestoneChangedEvent.of(milestone, MilestoneChangedEvent.PLANNED));
        return milestone;
    }

    /**
     * Changes the title or due date of a PLANNED milestone, or records its outcome. An outcome is final:
     * afterwards nothing changes (409). A request that changes nothing changes nothing and publishes nothing.
     */
    @Transactional
    public Milestone change(String pilotIdOrCode, String milestoneId, ExpectedVersion expected, MilestoneChange change) {
        Milestone milestone = timetable.milestone(pilotIdOrCode, milestoneId);
        expected.check(milestone.version());
        if (change.isEmpty()) {
            return milestone;
        }
        MilestoneStatus current = milestone.status();
        MilestoneStatus target = change.status() == null ? current : change.status();
        // a final milestone refuses every change, so this also covers the title and due date
        TimetableWrites.conflictUnlessAllowed(change.status() == null
                ? MilestoneTransitions.checkRevision(current)
                : MilestoneTransitions.checkOutcome(current, target));
        if (change.recordsOutcome()) {
            TimetableWrites.ruleViolationUnlessAllowed(
                    MilestoneTransitions.checkMetOn(target, change.metOn(), timetable.today()));
        }
        if (target == current && !change.revisesPlan()) {
            return milestone;
        }
        Instant now = clock.instant();
        milestone.revise(change.title(), change.dueDate(), now);
        if (target != current) {
            milestone.record(target, change.metOn(), now);
        }
        TimetableWrites.flush("milestone");
        outbox.record(MilestoneChangedEvent.TYPE, milestone.pilotId(), MilestoneChangedEvent.of(milestone,
                target == current ? MilestoneChangedEvent.REVISED : MilestoneChangedEvent.outcome(target)));
        return milestone;
    }
}
