package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.CountingMethod;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.SpendLine;
import org.totalplace.spend.service.NewSpendLine;

/** The body of {@code POST /spend-lines}. Money, years and the price basis are checked by the domain's value objects. */
@Schema(name = "RecordSpendLine")
public record RecordSpendLineRequest(
        @Schema(required = true, description = "The pilot whose count this line belongs to",
                example = "5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11")
        @NotNull
        UUID pilotId,

        @Schema(required = true, description = "The public body that spent the money",
                example = "Lewisham Primary Care Trust")
        @NotBlank @Size(max = SpendLine.MAX_BODY_LENGTH)
        String body,

        @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", description = "April to March", example = "2008-09")
        @NotNull @FinancialYearText
        String financialYear,

        @Schema(required = true)
        @NotNull @Valid
        MoneyJson amount,

        @Schema(required = true)
        @NotNull @Valid
        PriceBasisJson priceBasis,

        @Schema(required = true, enumeration = {"bottom-up", "top-down"},
                description = "bottom-up: the body's own ledgers; top-down: national statistics apportioned to the place",
                example = "bottom-up")
        @NotNull @Pattern(regexp = "bottom-up|top-down", message = "must be one of: bottom-up, top-down")
        String method,

        @Schema(nullable = true, example = "PCT ledger, revenue only")
        @Size(max = SpendLine.MAX_DESCRIPTION_LENGTH) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        String description) {

    /** The command; only called once Bean Validation has passed, so the value objects accept every part. */
    NewSpendLine toCommand() {
        return new NewSpendLine(pilotId, body, FinancialYear.parse(financialYear), amount.toMoney(),
                priceBasis.toPriceBasis(), CountingMethod.fromWire(method), description);
    }
}
