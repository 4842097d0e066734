package org.totalplace.pilots.events;

import java.time.LocalDate;
import java.util.UUID;
import org.totalplace.pilots.domain.ExpressionOfInterest;

/**
 * The data of expression-of-interest-received and expression-of-interest-updated: the whole
 * expression of interest after the change (without its history, which status-changed events carry).
 */
public record ExpressionOfInterestEvent(UUID expressionOfInterestId, String place, String leadBody, String region,
                                        String summary, LocalDate receivedOn, UUID pilotId, String status,
                                        long version) {

    public static final String RECEIVED = "totalplace.pilots.expression-of-interest-received.v1";
    public static final String UPDATED = "totalplace.pilots.expression-of-interest-updated.v1";

    public static ExpressionOfInterestEvent of(ExpressionOfInterest interest) {
        return new ExpressionOfInterestEvent(interest.id(), interest.place(), interest.leadBody(),
                interest.region().displayName(), interest.summary(), interest.receivedOn(), interest.pilotId(),
                interest.status().name(), interest.version());
    }
}
