package org.totalplace.governance.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.governance.domain.KeyProduct;

/**
 * Data of {@code totalplace.governance.key-product-changed.v1}: a key product was drafted or moved on its way to
 * approval; the whole product after the change. Key: the product id.
 * Schema: {@code /schemas/totalplace.governance.key-product-changed.v1.json}.
 */
public record KeyProductChanged(
        UUID keyProductId,
        String title,
        String kind,
        LocalDate dueDate,
        String owner,
        String status,
        UUID approvingGroupId,
        UUID decisionId,
        String decisionReference,
        LocalDate approvedOn,
        String rejectionReason,
        long version) {

    public static final String TYPE = "totalplace.governance.key-product-changed.v1";

    public static KeyProductChanged of(KeyProduct product) {
        return new KeyProductChanged(product.id(), product.title(), product.kind().name(), product.dueDate(),
                product.owner(), product.status().name(), product.approvingGroupId(), product.decisionId(),
                product.decisionReference(), product.approvedOn(), product.rejectionReason(), product.version());
    }
}
