package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A decision recorded in a governance meeting's minutes; {@code barrierId} when it decides a barrier. */
public record DecisionState(UUID decisionId, UUID groupId, UUID meetingId, LocalDate meetingDate, UUID barrierId,
                            String text, Instant recordedAt) {
}
