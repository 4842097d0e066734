package org.totalplace.pilots.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodySuccession;

/**
 * The data of partner-body-succeeded, keyed by the body id: the body was renamed, merged or abolished with effect
 * from a day. The body's earlier events keep their meaning: it bore {@code formerName} before {@code effectiveOn}.
 */
public record PartnerBodySucceededEvent(UUID successionId, UUID bodyId, String kind, LocalDate effectiveOn,
                                        String formerName, String newName, Successor successor, String reason,
                                        long version) {

    public static final String TYPE = "totalplace.pilots.partner-body-succeeded.v1";

    /** The body that took on the functions of a merged or abolished body. */
    public record Successor(UUID bodyId, String code, String name) {
    }

    public static PartnerBodySucceededEvent of(PartnerBodySuccession succession, PartnerBody body) {
        PartnerBody successor = succession.successor();
        return new PartnerBodySucceededEvent(succession.id(), body.id(), succession.kind().name(),
                succession.effectiveOn(), succession.formerName(), succession.newName(),
                successor == null ? null : new Successor(successor.id(), successor.code(), successor.name()),
                succession.reason(), body.version());
    }
}
