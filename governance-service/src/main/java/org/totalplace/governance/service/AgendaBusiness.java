package org.totalplace.governance.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupKind;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.events.AgendaItemAdded;
import org.totalplace.governance.events.Outbox;

/**
 * Keeps a group's open business in front of it: every open barrier at the tier the group holds, and every open
 * action its meetings gave ("matters arising"), goes on the agenda of the group's next scheduled meeting, once.
 * Called in the caller's transaction whenever that could change: a barrier reaching the tier, an action
 * recorded, a meeting scheduled, held or cancelled. Nothing open is dropped: when
 * the group has no meeting scheduled, the business waits and is placed as soon as one is.
 */
@ApplicationScoped
public class AgendaBusiness {

    private final Outbox outbox;
    private final Clock clock;

    AgendaBusiness(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Places the group's open business on its next scheduled meeting; returns the items it added. */
    @Transactional
    public List<AgendaItem> carryForward(UUID groupId) {
        GovernanceGroup group = GovernanceGroup.findById(groupId);
        Optional<Meeting> next = Meeting.nextScheduled(groupId);
        if (group == null || next.isEmpty()) {
            return List.of();
        }
        // Two carries for the same meeting at once would each see the barrier missing and add it twice; the
        // query above has flushed this transaction's changes, so re-reading under the lock loses nothing.
        Meeting meeting = next.get();
        Panache.getEntityManager().refresh(meeting, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<AgendaItem> added = new ArrayList<>();
        for (Barrier barrier : openBarriersFor(group)) {
            if (!AgendaItem.listsBarrier(meeting.id(), barrier.id())) {
                AgendaItem item = AgendaItem.forBarrier(meeting, barrier, now);
                item.persistAndFlush();
                added.add(item);
            }
        }
        for (ActionItem action : ActionItem.openOf(groupId)) {
            if (!AgendaItem.listsAction(meeting.id(), action.id())) {
                AgendaItem item = AgendaItem.forAction(meeting, action, now);
                item.persistAndFlush();
                added.add(item);
            }
        }
        if (!added.isEmpty()) {
            meeting.touch(now);
            Panache.getEntityManager().flush();
            added.forEach(item -> outbox.record(AgendaItemAdded.TYPE, groupId, AgendaItemAdded.of(meeting, item)));
        }
        return added;
    }

    /** Places a barrier that just reached its tier on the next meeting of each group that holds that tier. */
    @Transactional
    public void placeBarrier(Barrier barrier) {
        for (GovernanceGroup group : groupsHolding(barrier.tier(), barrier.pilotId())) {
            carryForward(group.id());
        }
    }

    private static List<Barrier> openBarriersFor(GovernanceGroup group) {
        return group.kind().barrierTier()
                .map(tier -> Barrier.openAt(tier, tier == EscalationTier.PILOT
                        ? Optional.of(group.pilotId()) : Optional.empty()))
                .orElse(List.of());
    }

    private static List<GovernanceGroup> groupsHolding(EscalationTier tier, UUID pilotId) {
        List<GroupKind> kinds = Arrays.stream(GroupKind.values())
                .filter(kind -> kind.barrierTier().filter(tier::equals).isPresent())
                .toList();
        if (kinds.isEmpty()) {
            return List.of();
        }
        return tier == EscalationTier.PILOT
                ? GovernanceGroup.list("kind in ?1 and pilotId = ?2", kinds, pilotId)
                : GovernanceGroup.list("kind in ?1", kinds);
    }
}
