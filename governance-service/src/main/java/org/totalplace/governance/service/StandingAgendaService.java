package org.totalplace.governance.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import org.totalplace.governance.domain.AgendaItemDetails;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.StandingAgendaItem;
import org.totalplace.governance.events.Outbox;
import org.totalplace.governance.events.StandingAgendaChanged;

/**
 * A group's standing agenda, replaced as a whole. Meetings already generated keep the agenda they were given;
 * only meetings scheduled afterwards start with the new one.
 */
@ApplicationScoped
public class StandingAgendaService {

    public static final int MAX_ITEMS = 30;

    private final GroupQueries groups;
    private final Outbox outbox;

    StandingAgendaService(GroupQueries groups, Outbox outbox) {
        this.groups = groups;
        this.outbox = outbox;
    }

    /** The group and its standing agenda in order, read together. */
    public StandingAgenda read(String groupIdOrCode) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        return new StandingAgenda(group, StandingAgendaItem.ofGroup(group.id()));
    }

    @Transactional
    public StandingAgenda replace(String groupIdOrCode, ExpectedVersion expected, List<AgendaItemDetails> items) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        // hold the group's row and see the latest version, so two replacements cannot both pass the same If-Match
        Panache.getEntityManager().refresh(group, LockModeType.PESSIMISTIC_WRITE);
        expected.check(group.standingAgendaVersion());
        StandingAgendaItem.delete("groupId", group.id());
        for (int n = 0; n < items.size(); n++) {
            StandingAgendaItem.of(group, n + 1, items.get(n)).persist();
        }
        group.standingAgendaReplaced();
        Panache.getEntityManager().flush();
        List<StandingAgendaItem> replaced = StandingAgendaItem.ofGroup(group.id());
        outbox.record(StandingAgendaChanged.TYPE, group.id(), StandingAgendaChanged.of(group, replaced));
        return new StandingAgenda(group, replaced);
    }

    /** A group's standing agenda in order; its ETag is {@code group.standingAgendaVersion()}. */
    public record StandingAgenda(GovernanceGroup group, List<StandingAgendaItem> items) {

        public StandingAgenda {
            items = List.copyOf(items);
        }
    }
}
