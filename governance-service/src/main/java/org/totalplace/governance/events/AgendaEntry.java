package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;

/**
 * One agenda item as meeting events carry it. {@code presenter}, {@code minutesAllotted}, {@code barrierId} and
 * {@code actionId} may be null.
 */
public record AgendaEntry(
        UUID itemId,
        int position,
        String kind,
        String title,
        String presenter,
        Integer minutesAllotted,
        UUID barrierId,
        UUID actionId) {

    public static AgendaEntry of(AgendaItem item) {
        return new AgendaEntry(item.id(), item.position(), item.kind().name(), item.title(), item.presenter(),
                item.minutesAllotted(), item.barrierId(), item.actionId());
    }
}
