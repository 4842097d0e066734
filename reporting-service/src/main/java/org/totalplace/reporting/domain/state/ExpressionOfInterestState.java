package org.totalplace.reporting.domain.state;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A place-based budget expression of interest and where it stands (RECEIVED … ACCEPTED, DECLINED, WITHDRAWN). */
public record ExpressionOfInterestState(UUID expressionOfInterestId, String place, String leadBody, String region,
                                        String status, UUID pilotId, LocalDate receivedOn, Instant at) {
}
