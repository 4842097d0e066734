package org.totalplace.spend.domain;

import java.util.UUID;

/**
 * Fired (CDI, synchronously, inside the changing transaction) when something the count of a pilot's year is made
 * from has changed: an adjustment recorded, a pilot's areas, national data re-imported. The count observes it and
 * recounts in the same transaction. Ledger imports and withdrawals, the frequent and heavy change, mark the year
 * in {@code count_due} instead and are recounted just after their commit (CountQueue).
 */
public record CountInputsChanged(UUID pilotId, FinancialYear year, String why) {
}
