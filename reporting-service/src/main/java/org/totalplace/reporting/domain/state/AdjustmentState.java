package org.totalplace.reporting.domain.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A moderator's adjustment to a pilot's count (withdrawn ones keep {@code withdrawn} true). */
public record AdjustmentState(UUID adjustmentId, UUID pilotId, String financialYear, String body, String functionL1,
                              BigDecimal amount, String reason, String author, boolean withdrawn, Instant at) {
}
