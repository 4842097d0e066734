package org.totalplace.governance.domain;

import java.util.UUID;

/** What a pilot says when it raises a barrier. */
public record BarrierDetails(UUID pilotId, String title, String description, BarrierCategory category,
                             String owningDepartment, String evidence) {
}
