package org.totalplace.spend.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;
import org.totalplace.spend.domain.Adjustment;

/**
 * {@code totalplace.spend.adjustment-recorded.v1} (a moderator recorded an adjustment to a pilot's count) and
 * {@code totalplace.spend.adjustment-withdrawn.v1} (it stopped counting, with why and by whom). The data is the whole
 * adjustment after the change; the withdrawal fields are null until it is withdrawn. Keyed by the pilot id.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AdjustmentChanged(
        UUID adjustmentId,
        UUID pilotId,
        String financialYear,
        String body,
        String functionL1,
        String functionL2,
        String spendType,
        SpendLineRecorded.Amount amount,
        String reason,
        String author,
        String createdAt,
        String withdrawnAt,
        String withdrawnReason,
        String withdrawnBy,
        long version) {

    public static final String RECORDED = "totalplace.spend.adjustment-recorded.v1";
    public static final String WITHDRAWN = "totalplace.spend.adjustment-withdrawn.v1";

    public static AdjustmentChanged of(Adjustment adjustment) {
        return new AdjustmentChanged(adjustment.id(), adjustment.pilotId(), adjustment.financialYear().toString(),
                adjustment.body(), adjustment.functionL1(), adjustment.functionL2(), adjustment.spendType().wire(),
                new SpendLineRecorded.Amount(adjustment.amount().amountText(), adjustment.amount().currencyCode()),
                adjustment.reason(), adjustment.author(), adjustment.createdAt().toString(),
                adjustment.isWithdrawn() ? adjustment.withdrawnAt().toString() : null,
                adjustment.withdrawnReason(), adjustment.withdrawnBy(), adjustment.version());
    }
}
