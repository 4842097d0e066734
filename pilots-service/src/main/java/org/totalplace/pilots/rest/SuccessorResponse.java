package org.totalplace.pilots.rest;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PastSuccession;
import org.totalplace.pilots.domain.SuccessionKind;

/** The body that took on a merged or abolished body's functions, {@code since} the day that took effect. */
@Schema(name = "Successor")
public record SuccessorResponse(UUID id, @Schema(nullable = true) String code, String name,
                                @Schema(description = "MERGED or ABOLISHED") SuccessionKind kind,
                                @Schema(example = "2011-04-01") LocalDate since) {

    static SuccessorResponse orNull(Optional<PastSuccession> end) {
        return end.filter(past -> past.successor() != null)
                .map(past -> new SuccessorResponse(past.successor().id(), past.successor().code(),
                        past.successor().name(), past.kind(), past.effectiveOn()))
                .orElse(null);
    }
}
