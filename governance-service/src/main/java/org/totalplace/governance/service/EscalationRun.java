package org.totalplace.governance.service;

import java.util.List;
import java.util.UUID;

/**
 * What one overdue check did: the barriers it escalated, and the overdue ones at the top tier that have nowhere
 * higher to go and stay flagged overdue.
 */
public record EscalationRun(List<UUID> escalated, List<UUID> overdueAtTop) {

    public EscalationRun {
        escalated = List.copyOf(escalated);
        overdueAtTop = List.copyOf(overdueAtTop);
    }
}
