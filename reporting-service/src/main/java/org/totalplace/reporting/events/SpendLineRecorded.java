package org.totalplace.reporting.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.InvalidValueException;
import org.totalplace.reporting.domain.Money;
import org.totalplace.reporting.domain.PriceBasis;
import org.totalplace.reporting.domain.SpendBucket;

/**
 * The part of {@code totalplace.spend.spend-line-recorded.v1} data that reporting keeps: whose, which year, on
 * which price basis, how much. The amount is read exactly from its decimal string; a JSON number is refused.
 */
public record SpendLineRecorded(UUID spendLineId, UUID pilotId, FinancialYear financialYear, Money amount,
                                PriceBasis priceBasis) {

    public static SpendLineRecorded from(JsonNode data) {
        UUID spendLineId = EventFields.uuid(data, "spendLineId", "data.spendLineId");
        UUID pilotId = EventFields.uuid(data, "pilotId", "data.pilotId");
        FinancialYear year = financialYear(EventFields.text(data, "financialYear", "data.financialYear"),
                "data.financialYear");
        JsonNode amountNode = EventFields.object(data, "amount", "data.amount");
        String amountText = EventFields.text(amountNode, "amount", "data.amount.amount");
        String currency = EventFields.text(amountNode, "currency", "data.amount.currency");
        Money amount;
        try {
            amount = Money.parse(amountText, currency);
        } catch (InvalidValueException e) {
            throw new PoisonEventException("data.amount " + e.getMessage());
        }
        JsonNode basisNode = EventFields.object(data, "priceBasis", "data.priceBasis");
        String kindText = EventFields.text(basisNode, "kind", "data.priceBasis.kind");
        String baseYearText = EventFields.optionalText(basisNode, "baseYear", "data.priceBasis.baseYear");
        PriceBasis basis;
        try {
            PriceBasis.Kind kind = PriceBasis.Kind.fromWire(kindText);
            FinancialYear baseYear = baseYearText == null ? null : financialYear(baseYearText, "data.priceBasis.baseYear");
            basis = new PriceBasis(kind, baseYear);
        } catch (InvalidValueException e) {
            throw new PoisonEventException("data.priceBasis " + e.getMessage());
        }
        return new SpendLineRecorded(spendLineId, pilotId, year, amount, basis);
    }

    /** The running total this line adds to. */
    public SpendBucket bucket() {
        return SpendBucket.forLine(pilotId, financialYear, priceBasis, amount);
    }

    private static FinancialYear financialYear(String text, String path) {
        try {
            return FinancialYear.parse(text);
        } catch (InvalidValueException e) {
            throw new PoisonEventException(path + " " + e.getMessage());
        }
    }
}
