package org.totalplace.governance.events;

import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Meeting;

/**
 * Data of {@code totalplace.governance.agenda-item-added.v1}: an item was put on a scheduled meeting's agenda,
 * by a person or because open business (a barrier, an open action) was carried onto it. Key: the group id.
 * Schema: {@code /schemas/totalplace.governance.agenda-item-added.v1.json}.
 */
public record AgendaItemAdded(
        UUID meetingId,
        UUID groupId,
        AgendaEntry item,
        long meetingVersion) {

    public static final String TYPE = "totalplace.governance.agenda-item-added.v1";

    public static AgendaItemAdded of(Meeting meeting, AgendaItem item) {
        return new AgendaItemAdded(meeting.id(), meeting.groupId(), AgendaEntry.of(item), meeting.version());
    }
}
