package org.totalplace.spend.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.Adjustment;
import org.totalplace.spend.domain.FinancialYear;
import org.totalplace.spend.domain.SpendType;
import org.totalplace.spend.service.NewAdjustment;

/** Request and response bodies of adjustments. */
final class AdjustmentJson {

    static final String EXAMPLE = """
            {"id":"6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9","pilotId":"5b0c8f5e-58a4-4e0d-9a53-2d3c1a0b7e11",\
            "financialYear":"2009-10","body":"Gateshead Council","functionL1":"10","functionL2":"10.2",\
            "spendType":"revenue","amount":{"amount":"-125000.00","currency":"GBP"},\
            "reason":"Residential care fees paid for Sunderland residents; counted in Sunderland's return",\
            "author":"J. Moderator","createdAt":"2010-05-04T09:00:00Z","withdrawn":false,"withdrawnAt":null,\
            "withdrawnReason":null,"withdrawnBy":null,"version":0}""";

    private AdjustmentJson() {
    }

    @Schema(name = "RecordAdjustment")
    record RecordRequest(
            @Schema(required = true, pattern = "^[0-9]{4}-[0-9]{2}$", example = "2009-10")
            @NotNull @FinancialYearText String financialYear,
            @Schema(required = true, description = "The body whose spending is adjusted", example = "Gateshead Council")
            @NotBlank @Size(max = Adjustment.MAX_BODY_LENGTH) String body,
            @Schema(required = true, description = "COFOG level 2 function as the CRA codes it", example = "10.2")
            @NotNull @FunctionL2Text String functionL2,
            @Schema(required = true, enumeration = {"revenue", "capital"}, example = "revenue")
            @NotNull @Pattern(regexp = "revenue|capital", message = "must be one of: revenue, capital") String spendType,
            @Schema(required = true, description = "Signed: negative takes spend out of the count")
            @NotNull @Valid MoneyJson amount,
            @Schema(required = true, example = "Fees for Sunderland residents; counted in Sunderland's return")
            @NotBlank @Size(max = Adjustment.MAX_TEXT_LENGTH) String reason,
            @Schema(required = true, description = "Who records it. Taken from the request until authentication "
                    + "exists (issue 7 brings tokens; then it will come from the token)", example = "J. Moderator")
            @NotBlank @Size(max = Adjustment.MAX_AUTHOR_LENGTH) String author) {

        NewAdjustment toCommand(UUID pilotId) {
            return new NewAdjustment(pilotId, FinancialYear.parse(financialYear), body.strip(), functionL2,
                    SpendType.fromWire(spendType), amount.toMoney(), reason.strip(), author.strip());
        }
    }

    @Schema(name = "WithdrawAdjustment")
    record WithdrawRequest(
            @Schema(required = true, example = "Sunderland's return turned out not to include these fees")
            @NotBlank @Size(max = Adjustment.MAX_TEXT_LENGTH) String reason,
            @Schema(required = true, description = "Who withdraws it (from the request until authentication exists)",
                    example = "A. Lead")
            @NotBlank @Size(max = Adjustment.MAX_AUTHOR_LENGTH) String author) {
    }

    @Schema(name = "Adjustment")
    record Response(
            UUID id,
            UUID pilotId,
            @Schema(examples = "2009-10") String financialYear,
            String body,
            @Schema(examples = "10") String functionL1,
            @Schema(examples = "10.2") String functionL2,
            @Schema(enumeration = {"revenue", "capital"}) String spendType,
            MoneyJson amount,
            String reason,
            String author,
            Instant createdAt,
            boolean withdrawn,
            @Schema(nullable = true) Instant withdrawnAt,
            @Schema(nullable = true) String withdrawnReason,
            @Schema(nullable = true) String withdrawnBy,
            @Schema(description = "Also the ETag") long version) {

        static Response of(Adjustment a) {
            return new Response(a.id(), a.pilotId(), a.financialYear().toString(), a.body(), a.functionL1(),
                    a.functionL2(), a.spendType().wire(), MoneyJson.of(a.amount()), a.reason(), a.author(),
                    a.createdAt(), a.isWithdrawn(), a.withdrawnAt(), a.withdrawnReason(), a.withdrawnBy(),
                    a.version());
        }
    }

    @Schema(name = "AdjustmentPage")
    record Page(List<Response> items, int page, int size, long total) {
    }
}
