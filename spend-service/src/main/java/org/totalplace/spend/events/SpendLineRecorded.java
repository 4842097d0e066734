package org.totalplace.spend.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.totalplace.spend.domain.SpendLine;

/**
 * {@code totalplace.spend.spend-line-recorded.v1}: a spend line was recorded in a pilot's count. Keyed (and
 * subject) by the pilot id, so that one pilot's events stay in order.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SpendLineRecorded(
        UUID spendLineId,
        UUID pilotId,
        String body,
        String financialYear,
        Amount amount,
        Basis priceBasis,
        String method,
        String description) {

    public static final String TYPE = "totalplace.spend.spend-line-recorded.v1";

    /** Money as JSON carries it: the amount a string at scale 2. */
    public record Amount(String amount, String currency) {
    }

    /** {@code kind} nominal or real; {@code baseYear} null unless real. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Basis(String kind, String baseYear) {
    }

    public static SpendLineRecorded of(SpendLine line) {
        var basis = line.priceBasis();
        return new SpendLineRecorded(line.id(), line.pilotId(), line.body(), line.financialYear().toString(),
                new Amount(line.amount().amountText(), line.amount().currencyCode()),
                new Basis(basis.kind().wire(), basis.isReal() ? basis.baseYear().toString() : null),
                line.method().wire(), line.description());
    }
}
