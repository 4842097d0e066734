package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.KeyProduct;
import org.totalplace.governance.domain.KeyProductKind;
import org.totalplace.governance.domain.KeyProductStatus;

/** A key product as the API shows it; {@code version} is its ETag. */
@Schema(name = "KeyProduct")
public record KeyProductResponse(UUID id, String title, KeyProductKind kind, LocalDate dueDate, String owner,
                                 KeyProductStatus status,
                                 @Schema(nullable = true) UUID approvingGroupId,
                                 @Schema(nullable = true, description = "The approving group's recorded decision") UUID decisionId,
                                 @Schema(nullable = true, description = "How that decision is cited: group, meeting date, item number",
                                         example = "High-level officials' group, 14 October 2009, item 3")
                                 String decisionReference,
                                 @Schema(nullable = true) LocalDate approvedOn,
                                 @Schema(nullable = true, description = "Why the group last sent it back") String rejectionReason,
                                 long version, Instant createdAt, Instant updatedAt) {

    static KeyProductResponse of(KeyProduct product) {
        return new KeyProductResponse(product.id(), product.title(), product.kind(), product.dueDate(),
                product.owner(), product.status(), product.approvingGroupId(), product.decisionId(),
                product.decisionReference(),
                product.approvedOn(), product.rejectionReason(), product.version(), product.createdAt(),
                product.updatedAt());
    }
}
