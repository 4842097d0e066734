package org.totalplace.pilots.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.CentralDepartment;
import org.totalplace.pilots.domain.ExpressionOfInterest;
import org.totalplace.pilots.domain.StatusChange;

/**
 * The data of expression-of-interest-status-changed: one step of the review, and where it left the
 * expression of interest.
 */
public record InterestStatusChanged(UUID expressionOfInterestId, String place, String region, UUID pilotId,
                                    String from, String to, Instant at, String reason, List<String> forwardedTo,
                                    LocalDate forwardedOn, long version) {

    public static final String TYPE = "totalplace.pilots.expression-of-interest-status-changed.v1";

    public static InterestStatusChanged of(ExpressionOfInterest interest, StatusChange change) {
        return new InterestStatusChanged(interest.id(), interest.place(), interest.region().displayName(),
                interest.pilotId(), change.from().name(), change.to().name(), change.at(), change.reason(),
                interest.forwardedTo().stream().map(CentralDepartment::name).toList(), interest.forwardedOn(),
                interest.version());
    }
}
