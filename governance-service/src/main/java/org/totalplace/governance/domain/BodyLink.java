package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A body as far as following successors needs it: what it is called today, since when (its last rename, if any),
 * and whether and when it ended and who took over.
 *
 * @param renamedOn the first day of its current name, when that name replaced another; else null
 * @param endedOn   the first day it no longer existed (merged or abolished), on or before today; else null
 * @param successor the body merged into or that took on its functions, once ended; else null
 */
public record BodyLink(UUID bodyId, String code, String name, LocalDate renamedOn, LocalDate endedOn,
                       Successor successor) {

    public BodyLink {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(name, "name");
    }

    /** The successor as the succession named it: it may not be known here yet. */
    public record Successor(UUID bodyId, String code, String name) {
    }
}
