package org.totalplace.governance.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.StandingAgendaItem;

/**
 * Data of {@code totalplace.governance.standing-agenda-changed.v1}: a group's standing agenda was replaced; the
 * whole list after the change and its version. Meetings already generated keep their agendas. Key: the group id.
 */
public record StandingAgendaChanged(UUID groupId, String groupCode, List<Item> items, long version) {

    public static final String TYPE = "totalplace.governance.standing-agenda-changed.v1";

    public static StandingAgendaChanged of(GovernanceGroup group, List<StandingAgendaItem> items) {
        return new StandingAgendaChanged(group.id(), group.code(),
                items.stream().map(item -> new Item(item.position(), item.title(), item.minutesAllotted())).toList(),
                group.standingAgendaVersion());
    }

    /** One item; {@code minutesAllotted} may be null. */
    public record Item(int position, String title, Integer minutesAllotted) {
    }
}
