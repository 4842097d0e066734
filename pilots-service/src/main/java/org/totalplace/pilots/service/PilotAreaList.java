package org.totalplace.pilots.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.Area;
import org.totalplace.pilots.domain.Pilot;

/** A pilot's areas as read in one transaction, with the pilot version they belong to (its ETag). */
public record PilotAreaList(UUID pilotId, String code, long version, LocalDate asAt, List<Area> areas) {

    public PilotAreaList {
        areas = List.copyOf(areas);
    }

    static PilotAreaList of(Pilot pilot, LocalDate asAt) {
        return new PilotAreaList(pilot.id(), pilot.code(), pilot.version(), asAt, pilot.areas());
    }
}
