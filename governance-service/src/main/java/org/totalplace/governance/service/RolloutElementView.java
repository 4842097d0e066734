package org.totalplace.governance.service;

import java.util.List;
import org.totalplace.governance.domain.RolloutElement;

/** An element with its linked barriers, in the element's order. */
public record RolloutElementView(RolloutElement element, List<LinkedBarrier> barriers) {
}
