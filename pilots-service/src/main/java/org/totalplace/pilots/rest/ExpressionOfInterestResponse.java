package org.totalplace.pilots.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.CentralDepartment;
import org.totalplace.pilots.domain.ExpressionOfInterest;
import org.totalplace.pilots.domain.ExpressionOfInterestRules;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.domain.StatusChange;

/**
 * An expression of interest as the API shows it, with every status it has passed through;
 * {@code version} is also its ETag.
 *
 * @param next the statuses it may move to now (empty once decided)
 */
@Schema(name = "ExpressionOfInterest")
public record ExpressionOfInterestResponse(UUID id, String place, String leadBody,
                                           @Schema(ref = "Region") Region region, String summary,
                                           LocalDate receivedOn, UUID pilotId, InterestStatus status,
                                           List<InterestStatus> next, List<CentralDepartment> forwardedTo,
                                           LocalDate forwardedOn, List<Change> history, long version,
                                           Instant createdAt, Instant updatedAt) {

    static ExpressionOfInterestResponse of(ExpressionOfInterest interest) {
        return new ExpressionOfInterestResponse(interest.id(), interest.place(), interest.leadBody(), interest.region(),
                interest.summary(), interest.receivedOn(), interest.pilotId(), interest.status(),
                List.copyOf(ExpressionOfInterestRules.nextFrom(interest.status())), interest.forwardedTo(),
                interest.forwardedOn(), interest.history().stream().map(Change::of).toList(), interest.version(),
                interest.createdAt(), interest.updatedAt());
    }

    /** One step of the review; {@code from} is null for the receipt. */
    @Schema(name = "StatusChange")
    public record Change(InterestStatus from, InterestStatus to, Instant at, String reason) {

        static Change of(StatusChange change) {
            return new Change(change.from(), change.to(), change.at(), change.reason());
        }
    }
}
