package org.totalplace.governance.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Interdependency;
import org.totalplace.governance.domain.InterdependencyNature;

/** An interdependency as the API shows it; {@code version} is its ETag. */
@Schema(name = "Interdependency")
public record InterdependencyResponse(UUID id, String programme, String description, String owner,
                                      InterdependencyNature nature, long version, Instant createdAt,
                                      Instant updatedAt) {

    static InterdependencyResponse of(Interdependency interdependency) {
        return new InterdependencyResponse(interdependency.id(), interdependency.programme(),
                interdependency.description(), interdependency.owner(), interdependency.nature(),
                interdependency.version(), interdependency.createdAt(), interdependency.updatedAt());
    }
}
