package org.totalplace.spend.service;

import java.util.UUID;
import org.totalplace.spend.domain.FinancialYear;

/** Fired (CDI) when a transaction marked a pilot's year to be recounted; the worker wakes after its commit. */
public record CountDue(UUID pilotId, FinancialYear year) {
}
