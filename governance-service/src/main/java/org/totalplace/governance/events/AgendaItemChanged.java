package org.totalplace.governance.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Meeting;

/**
 * Data of {@code totalplace.governance.agenda-item-changed.v1}: one item of a scheduled meeting's agenda was given
 * or relieved of a paper, moved, or removed. {@code position} is where the item stands after the change (for
 * REMOVED, where it stood); {@code order} is the meeting's item ids in order after it, since a move or a removal
 * renumbers the others. Key: the group id.
 */
public record AgendaItemChanged(UUID meetingId, UUID groupId, String change, UUID itemId, String kind, String title,
                                int position, UUID paperId, List<UUID> order, long meetingVersion) {

    public static final String TYPE = "totalplace.governance.agenda-item-changed.v1";

    /** What happened to the item. */
    public enum Change { PAPER_ATTACHED, PAPER_DETACHED, MOVED, REMOVED }

    public static AgendaItemChanged of(Change change, Meeting meeting, AgendaItem item, List<AgendaItem> agenda) {
        return new AgendaItemChanged(meeting.id(), meeting.groupId(), change.name(), item.id(), item.kind().name(),
                item.title(), item.position(), item.paperId(), agenda.stream().map(AgendaItem::id).toList(),
                meeting.version());
    }
}
