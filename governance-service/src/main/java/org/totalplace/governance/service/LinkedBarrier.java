package org.totalplace.governance.service;

import java.util.UUID;
import org.totalplace.governance.domain.BarrierStatus;
import org.totalplace.governance.domain.EscalationTier;

/**
 * A barrier an element links to, as far as the element's reader needs it. {@code pilotCode} and
 * {@code pilotRegion} are null if the pilot is not known here.
 */
public record LinkedBarrier(UUID barrierId, String title, UUID pilotId, String pilotCode, String pilotRegion,
                            BarrierStatus status, EscalationTier tier) {
}
