package org.totalplace.reporting.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.ProgrammeReport;

@Schema(name = "UnassignedSpend", description = "Spend recorded for a pilot id no pilot event has announced (yet)")
public record UnassignedSpendResponse(
        UUID pilotId,
        @Schema(examples = "2009-10") String financialYear,
        PriceBasisResponse priceBasis,
        MoneyResponse total,
        long lines) {

    public static UnassignedSpendResponse of(ProgrammeReport.UnassignedSpend spend) {
        SpendResponse s = SpendResponse.of(spend.tally());
        return new UnassignedSpendResponse(spend.pilotId(), s.financialYear(), s.priceBasis(), s.total(), s.lines());
    }
}
