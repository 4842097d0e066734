package org.totalplace.pilots.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.service.PilotAreaList;

/** A pilot's areas, sorted by name; {@code version} is the pilot's, also the ETag. */
@Schema(name = "PilotAreas")
public record PilotAreasResponse(UUID pilotId, String code, long version,
                                 @Schema(description = "The date the areas are as at") LocalDate asAt,
                                 List<AreaResponse> areas) {

    static PilotAreasResponse of(PilotAreaList list) {
        return new PilotAreasResponse(list.pilotId(), list.code(), list.version(), list.asAt(),
                list.areas().stream().map(AreaResponse::of).toList());
    }
}
