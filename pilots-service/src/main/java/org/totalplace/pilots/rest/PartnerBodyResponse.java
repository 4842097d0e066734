package org.totalplace.pilots.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.LocalAuthorityTier;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyType;
import org.totalplace.pilots.domain.Region;

/** A partner body as the API shows it; {@code version} is also its ETag. */
@Schema(name = "PartnerBody")
public record PartnerBodyResponse(UUID id, String name, PartnerBodyType type,
                                  @Schema(nullable = true) LocalAuthorityTier tier,
                                  @Schema(nullable = true) String code,
                                  @Schema(ref = "Region", nullable = true) Region region,
                                  long version, Instant createdAt, Instant updatedAt) {

    static PartnerBodyResponse of(PartnerBody body) {
        return new PartnerBodyResponse(body.id(), body.name(), body.type(), body.tier(), body.code(), body.region(),
                body.version(), body.createdAt(), body.updatedAt());
    }
}
