package org.totalplace.governance.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.BarrierStatus;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.domain.PilotScope;
import org.totalplace.governance.domain.Place;
import org.totalplace.governance.domain.RolloutElement;
import org.totalplace.governance.domain.RolloutElementKind;
import org.totalplace.governance.domain.RolloutElementStatus;
import org.totalplace.governance.service.LinkedBarrier;
import org.totalplace.governance.service.RolloutElementView;

/** A roll-out element as the API shows it, with each linked barrier's title, pilot, status and tier. */
@Schema(name = "RolloutElement")
public record RolloutElementResponse(UUID id, RolloutElementKind kind, String hypothesis, List<String> outcomesSought,
                                     List<Barrier> barriers, List<String> waysToOvercome,
                                     RolloutElementStatus status,
                                     @Schema(nullable = true) String statusReason,
                                     long version, Instant createdAt, Instant updatedAt) {

    /** Linked barriers of pilots outside {@code readable} (the caller's READ_PILOT scope) show only their id. */
    static RolloutElementResponse of(RolloutElementView view, PilotScope readable) {
        RolloutElement element = view.element();
        return new RolloutElementResponse(element.id(), element.kind(), element.hypothesis(),
                element.outcomesSought(), view.barriers().stream().map(b -> Barrier.of(b, readable)).toList(),
                element.waysToOvercome(), element.status(), element.statusReason(), element.version(),
                element.createdAt(), element.updatedAt());
    }

    /**
     * A linked barrier as it stands now. A barrier is its pilot's record: to a caller who may not read that pilot's
     * records it is {@code withheld}, shown by id only.
     */
    @Schema(name = "RolloutElementBarrier")
    public record Barrier(UUID barrierId,
                          @Schema(description = "True when the caller may not read the barrier's pilot; only barrierId is shown")
                          boolean withheld,
                          @Schema(nullable = true) String title,
                          @Schema(nullable = true) UUID pilotId,
                          @Schema(nullable = true, description = "The pilot's code, once pilots-service announced it")
                          String pilotCode,
                          @Schema(nullable = true) BarrierStatus status,
                          @Schema(nullable = true) EscalationTier tier) {

        static Barrier of(LinkedBarrier barrier, PilotScope readable) {
            if (!readable.includes(Place.pilot(barrier.pilotCode(), barrier.pilotRegion()))) {
                return new Barrier(barrier.barrierId(), true, null, null, null, null, null);
            }
            return new Barrier(barrier.barrierId(), false, barrier.title(), barrier.pilotId(), barrier.pilotCode(),
                    barrier.status(), barrier.tier());
        }
    }
}
