package org.totalplace.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.PriceBasis;

@Schema(name = "PriceBasis", description = "Nominal prices, or real prices of a stated base year")
public record PriceBasisResponse(
        @Schema(enumeration = {"nominal", "real"}, examples = "nominal")
        String kind,
        @Schema(description = "The base year of real prices; null for nominal", nullable = true, examples = "2008-09")
        String baseYear) {

    public static PriceBasisResponse of(PriceBasis basis) {
        return new PriceBasisResponse(basis.kind().wire(), basis.baseYear() == null ? null : basis.baseYear().toString());
    }
}
