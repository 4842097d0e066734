package org.totalplace.spend.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.SpendLine;

/** A spend line as the API shows it. */
@Schema(name = "SpendLine")
public record SpendLineResponse(
        UUID id,
        UUID pilotId,
        @Schema(examples = "Lewisham Primary Care Trust") String body,
        @Schema(examples = "2008-09") String financialYear,
        MoneyJson amount,
        PriceBasisJson priceBasis,
        @Schema(enumeration = {"bottom-up", "top-down"}) String method,
        @Schema(nullable = true) String description,
        @Schema(description = "Also the ETag") long version,
        Instant createdAt) {

    static SpendLineResponse of(SpendLine line) {
        return new SpendLineResponse(line.id(), line.pilotId(), line.body(), line.financialYear().toString(),
                MoneyJson.of(line.amount()), PriceBasisJson.of(line.priceBasis()), line.method().wire(),
                line.description(), line.version(), line.createdAt());
    }
}
