package org.totalplace.pilots.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Region;

/** A parallel place as the API shows it; {@code version} is also its ETag. */
@Schema(name = "ParallelPlace")
public record ParallelPlaceResponse(UUID id, String code, String name, @Schema(ref = "Region") Region region,
                                    String place, String councilType, String theme, List<String> aliases,
                                    List<String> tags, long version, Instant createdAt, Instant updatedAt) {

    static ParallelPlaceResponse of(ParallelPlace parallel) {
        return new ParallelPlaceResponse(parallel.id(), parallel.code(), parallel.name(), parallel.region(),
                parallel.place(), parallel.councilType(), parallel.theme(), parallel.aliases(), parallel.tags(),
                parallel.version(), parallel.createdAt(), parallel.updatedAt());
    }
}
