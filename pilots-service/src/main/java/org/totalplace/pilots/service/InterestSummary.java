package org.totalplace.pilots.service;

import java.util.Map;
import org.totalplace.pilots.domain.CentralDepartment;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Region;

/**
 * The expressions of interest counted: all of them, by status, by region, and how many were passed to
 * each department ("45 received, now with HMT and CLG").
 *
 * @param forwarded how many were passed to at least one department
 */
public record InterestSummary(long total, Map<InterestStatus, Long> byStatus, Map<Region, Long> byRegion,
                              Map<CentralDepartment, Long> forwardedTo, long forwarded) {

    public InterestSummary {
        byStatus = Map.copyOf(byStatus);
        byRegion = Map.copyOf(byRegion);
        forwardedTo = Map.copyOf(forwardedTo);
    }
}
