package org.totalplace.pilots.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.Region;

/**
 * A pilot as the API shows it; {@code version} is also its ETag; {@code phase} is the programme phase, 1 or 2;
 * {@code tags} what it works on (set with {@code PUT /pilots/{idOrCode}/tags}).
 */
@Schema(name = "Pilot")
public record PilotResponse(UUID id, String code, String name, @Schema(ref = "Region") Region region, String place,
                            String councilType, String theme, List<String> aliases, int phase, long version,
                            Instant createdAt, Instant updatedAt,
                            @Schema(example = "[\"older-people\"]") List<String> tags) {

    static PilotResponse of(Pilot pilot) {
        return new PilotResponse(pilot.id(), pilot.code(), pilot.name(), pilot.region(), pilot.place(),
                pilot.councilType(), pilot.theme(), pilot.aliases(), pilot.phase().number(), pilot.version(),
                pilot.createdAt(), pilot.updatedAt(), pilot.tags());
    }
}
