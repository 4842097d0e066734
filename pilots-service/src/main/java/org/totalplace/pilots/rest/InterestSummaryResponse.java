package org.totalplace.pilots.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.CentralDepartment;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.service.InterestSummary;

/**
 * The expressions of interest counted, every status, region and department listed (zero included) in a
 * fixed order: {@code {"total":45,"byStatus":{"RECEIVED":0,…},"byRegion":{"North East":3,…},
 * "forwardedTo":{"HMT":45,"CLG":45},"forwarded":45}}.
 */
@Schema(name = "ExpressionOfInterestSummary")
public record InterestSummaryResponse(long total, Map<String, Long> byStatus, Map<String, Long> byRegion,
                                      Map<String, Long> forwardedTo, long forwarded) {

    static InterestSummaryResponse of(InterestSummary summary) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Arrays.stream(InterestStatus.values())
                .forEach(s -> byStatus.put(s.name(), summary.byStatus().getOrDefault(s, 0L)));
        Map<String, Long> byRegion = new LinkedHashMap<>();
        Arrays.stream(Region.values())
                .forEach(r -> byRegion.put(r.displayName(), summary.byRegion().getOrDefault(r, 0L)));
        Map<String, Long> forwardedTo = new LinkedHashMap<>();
        Arrays.stream(CentralDepartment.values())
                .forEach(d -> forwardedTo.put(d.name(), summary.forwardedTo().getOrDefault(d, 0L)));
        return new InterestSummaryResponse(summary.total(), byStatus, byRegion, forwardedTo, summary.forwarded());
    }
}
