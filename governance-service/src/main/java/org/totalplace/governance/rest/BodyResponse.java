package org.totalplace.governance.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.service.BodyAsOf;

/** A known public body as it was on a record's day: the name it bore then. */
@Schema(name = "BodyAsRecorded")
public record BodyResponse(UUID bodyId,
                           @Schema(nullable = true, example = "GO-NE") String code,
                           @Schema(example = "Government Office for the North East") String name,
                           @Schema(nullable = true, example = "GOVERNMENT_OFFICE") String type) {

    static BodyResponse of(BodyAsOf body) {
        return body == null ? null : new BodyResponse(body.bodyId(), body.code(), body.name(), body.type());
    }
}
