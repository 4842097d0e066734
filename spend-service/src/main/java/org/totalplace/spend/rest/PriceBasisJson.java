package org.totalplace.spend.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.PriceBasis;

/** {@code {"kind":"nominal","baseYear":null}} or {@code {"kind":"real","baseYear":"2008-09"}}. */
@Schema(name = "PriceBasis",
        description = "Nominal (prices of the year spent), or real at the prices of a stated base year")
@PriceBasisRule
public record PriceBasisJson(
        @Schema(required = true, enumeration = {"nominal", "real"}, example = "real")
        @NotNull
        String kind,

        @Schema(type = SchemaType.STRING, nullable = true, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2008-09",
                description = "The financial year whose prices a real amount is in; required when kind is real, "
                        + "null when nominal")
        String baseYear) {

    static PriceBasisJson of(PriceBasis basis) {
        return new PriceBasisJson(basis.kind().wire(), basis.isReal() ? basis.baseYear().toString() : null);
    }

    PriceBasis toPriceBasis() {
        return PriceBasis.Kind.fromWire(kind) == PriceBasis.Kind.REAL
                ? PriceBasis.real(FinancialYear.parse(baseYear))
                : PriceBasis.nominal();
    }
}
