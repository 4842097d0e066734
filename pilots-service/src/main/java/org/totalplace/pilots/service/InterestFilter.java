package org.totalplace.pilots.service;

import java.util.Optional;
import org.totalplace.pilots.domain.InterestStatus;
import org.totalplace.pilots.domain.Region;

/**
 * Which expressions of interest a list shows; every part is optional.
 *
 * @param pilot a pilot's id or code
 */
public record InterestFilter(Optional<InterestStatus> status, Optional<Region> region, Optional<String> pilot) {
}
