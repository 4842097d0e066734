package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a body's successors lead today.
 *
 * @param since   the first day this is what the original body became (its last rename, merger or abolition on the
 *                way); null when nothing changed
 * @param endedOn set when the chain ends in a body that was abolished without a successor
 */
public record CurrentBody(UUID bodyId, String code, String name, LocalDate since, LocalDate endedOn) {
}
