package org.totalplace.spend.domain;

import java.util.UUID;

/**
 * Fired (CDI, synchronously, inside the changing transaction) when something the count of a pilot's year is made
 * from has changed: an import accepted or withdrawn, a submission's state, an adjustment recorded, national data
 * re-imported. The count observes it and recounts that pilot's year in the same transaction.
 */
public record CountInputsChanged(UUID pilotId, FinancialYear year, String why) {
}
