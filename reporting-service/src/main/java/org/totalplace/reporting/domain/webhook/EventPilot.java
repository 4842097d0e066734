package org.totalplace.reporting.domain.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Which pilot an event may be about, most likely first: {@code data.pilotId} (every type that concerns a pilot
 * carries it), then the CloudEvents {@code subject} (the aggregate id, which is the pilot's for pilot events). A
 * candidate counts only if reporting knows a pilot with that id, so a subject that is a group's or a partner body's
 * id never passes for a pilot.
 */
public final class EventPilot {

    private EventPilot() {
    }

    /**
     * @param dataPilotId {@code data.pilotId} when it is a string, else null
     * @param subject     the CloudEvents subject, null when absent
     */
    public static List<UUID> candidates(String dataPilotId, String subject) {
        List<UUID> ids = new ArrayList<>(2);
        add(ids, dataPilotId);
        add(ids, subject);
        return ids;
    }

    private static void add(List<UUID> ids, String text) {
        if (text == null) {
            return;
        }
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equals(text.toLowerCase(java.util.Locale.ROOT)) && !ids.contains(id)) {
                ids.add(id);
            }
        } catch (IllegalArgumentException notAUuid) {
            // not a pilot id
        }
    }
}
