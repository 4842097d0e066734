package org.totalplace.governance.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.BodyName;
import org.totalplace.governance.domain.CurrentBody;
import org.totalplace.governance.domain.KnownBody;

/**
 * A public body as pilots-service announced it: its names through time, how it ended (merged or abolished, if it
 * did) and its successor, and {@code current}: the successors followed to today. {@code version} is pilots-service's.
 */
@Schema(name = "KnownBody")
public record KnownBodyResponse(UUID bodyId,
                                @Schema(nullable = true) String code,
                                @Schema(description = "The name in pilots-service's register now") String name,
                                @Schema(nullable = true) String type,
                                @Schema(nullable = true) String region,
                                List<Name> names,
                                @Schema(nullable = true, description = "The first day it no longer existed") LocalDate endedOn,
                                @Schema(nullable = true, enumeration = {"MERGED", "ABOLISHED"}) String endKind,
                                @Schema(nullable = true) Successor successor,
                                CurrentBodyResponse current,
                                long version) {

    static KnownBodyResponse of(KnownBody body, CurrentBody current) {
        return new KnownBodyResponse(body.bodyId(), body.code(), body.name(), body.type(), body.region(),
                body.names().stream().map(Name::of).toList(), body.endedOn(), body.endKind(),
                body.successorBodyId() == null ? null
                        : new Successor(body.successorBodyId(), body.successorCode(), body.successorName()),
                CurrentBodyResponse.of(current), body.version());
    }

    /** A name and the days it was borne, both included; null: open-ended. */
    @Schema(name = "KnownBodyName")
    public record Name(String name, @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to) {

        static Name of(BodyName name) {
            return new Name(name.name(), name.from(), name.to());
        }
    }

    /** The body merged into, or that took on the functions, as the succession named it. */
    @Schema(name = "KnownBodySuccessor")
    public record Successor(UUID bodyId, @Schema(nullable = true) String code, String name) {
    }
}
