package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.RaidItem;
import org.totalplace.governance.domain.RaidKind;
import org.totalplace.governance.domain.RaidStatus;
import org.totalplace.governance.domain.Rag;

/** A risk or issue as the API shows it; {@code score} and {@code rag} are computed; {@code version} is its ETag. */
@Schema(name = "Risk")
public record RiskResponse(UUID id, RaidKind kind, String title,
                           @Schema(nullable = true) String description,
                           @Schema(nullable = true, description = "Absent for an ISSUE") Integer probability,
                           int impact,
                           @Schema(description = "probability x impact; an ISSUE counts as certain (5)") int score,
                           @Schema(description = "RED from 15, AMBER from 8, else GREEN") Rag rag,
                           String owner,
                           @Schema(nullable = true) String mitigation,
                           LocalDate reviewDate,
                           @Schema(nullable = true) UUID pilotId,
                           RaidStatus status,
                           @Schema(nullable = true) String closedReason,
                           @Schema(nullable = true) Instant closedAt,
                           long version, Instant createdAt, Instant updatedAt) {

    static RiskResponse of(RaidItem item) {
        return new RiskResponse(item.id(), item.kind(), item.title(), item.description(), item.probability(),
                item.impact(), item.score(), item.rag(), item.owner(), item.mitigation(), item.reviewDate(),
                item.pilotId(), item.status(), item.closedReason(), item.closedAt(), item.version(), item.createdAt(),
                item.updatedAt());
    }
}
