package org.totalplace.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.SpendTally;

@Schema(name = "Spend", description = "Spend lines added up like with like: one financial year, price basis and currency")
public record SpendResponse(
        @Schema(examples = "2009-10") String financialYear,
        PriceBasisResponse priceBasis,
        MoneyResponse total,
        @Schema(description = "How many spend lines the total adds up", examples = "2") long lines) {

    public static SpendResponse of(SpendTally tally) {
        return new SpendResponse(tally.key().financialYear().toString(), PriceBasisResponse.of(tally.key().priceBasis()),
                MoneyResponse.of(tally.total()), tally.lines());
    }
}
