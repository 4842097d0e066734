package org.totalplace.governance.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Barrier;
import org.totalplace.governance.domain.BarrierCategory;
import org.totalplace.governance.domain.BarrierStatus;
import org.totalplace.governance.domain.BarrierStep;
import org.totalplace.governance.domain.BarrierStepKind;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.service.BodyViews;

/**
 * A barrier as the API shows it; {@code version} is also its ETag. {@code overdue} is true while it is open past
 * its tier's target response time; {@code history} is empty in lists. {@code owningDepartment} stays as recorded;
 * {@code owningBody} and {@code currentOwningBody} show the known body it names, then and now.
 */
@Schema(name = "Barrier")
public record BarrierResponse(UUID id, UUID pilotId, String title, String description, BarrierCategory category,
                              String owningDepartment,
                              @Schema(nullable = true, description = "The known body owningDepartment names (by code or any name it bore), as it was when the barrier was raised; null when it names none")
                              BodyResponse owningBody,
                              @Schema(nullable = true, description = "That body's successors followed to today; null when it names none")
                              CurrentBodyResponse currentOwningBody,
                              String evidence, EscalationTier tier, Instant tierReachedAt,
                              BarrierStatus status, boolean overdue,
                              @Schema(nullable = true) String decision,
                              @Schema(nullable = true) String whitehallChange,
                              @Schema(nullable = true, description = "The recorded meeting decision cited when it was decided")
                              UUID decisionId,
                              List<Step> history,
                              long version, Instant createdAt, Instant updatedAt) {

    static BarrierResponse of(Barrier barrier, boolean overdue, List<BarrierStep> history, BodyViews owner) {
        return new BarrierResponse(barrier.id(), barrier.pilotId(), barrier.title(), barrier.description(),
                barrier.category(), barrier.owningDepartment(), BodyResponse.of(owner.asRecorded()),
                CurrentBodyResponse.of(owner.current()), barrier.evidence(), barrier.tier(),
                barrier.tierReachedAt(), barrier.status(), overdue, barrier.decision(), barrier.whitehallChange(),
                barrier.decisionId(),
                history.stream().map(Step::of).toList(), barrier.version(), barrier.createdAt(), barrier.updatedAt());
    }

    /** One entry of the history: raised, escalated (by hand or {@code automatic}ally), resolved or declined. */
    @Schema(name = "BarrierStep")
    public record Step(BarrierStepKind kind, EscalationTier tier, boolean automatic,
                       @Schema(nullable = true, description = "Why it was escalated, or the decision") String reason,
                       @Schema(nullable = true) String whitehallChange,
                       Instant at) {

        static Step of(BarrierStep step) {
            return new Step(step.kind(), step.tier(), step.automatic(), step.reason(), step.whitehallChange(),
                    step.occurredAt());
        }
    }
}
