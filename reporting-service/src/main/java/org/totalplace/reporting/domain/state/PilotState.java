package org.totalplace.reporting.domain.state;

import java.util.UUID;

/** A pilot as pilots-service last announced it (pilot-registered, pilot-updated, pilot-phase-changed). */
public record PilotState(UUID pilotId, String code, String name, String region, String place, int phase,
                         long version) {
}
