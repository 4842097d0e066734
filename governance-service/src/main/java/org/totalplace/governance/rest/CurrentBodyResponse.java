package org.totalplace.governance.rest;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.CurrentBody;

/**
 * What a body has become today, its successors followed: {@code since} is the first day of that (its last rename,
 * merger or abolition on the way; null when nothing changed); {@code endedOn} is set when the chain ends in a body
 * abolished without a successor.
 */
@Schema(name = "CurrentBody")
public record CurrentBodyResponse(UUID bodyId,
                                  @Schema(nullable = true) String code,
                                  String name,
                                  @Schema(nullable = true) LocalDate since,
                                  @Schema(nullable = true) LocalDate endedOn) {

    static CurrentBodyResponse of(CurrentBody body) {
        return body == null ? null
                : new CurrentBodyResponse(body.bodyId(), body.code(), body.name(), body.since(), body.endedOn());
    }
}
