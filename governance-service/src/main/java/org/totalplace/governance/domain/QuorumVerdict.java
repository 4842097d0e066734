package org.totalplace.governance.domain;

import java.util.List;

/**
 * Whether a meeting was quorate, and how the count was made.
 *
 * @param seats          voting seats in post on the meeting date
 * @param needed         how many of them had to count
 * @param counted        how many counted, in person or through their alternate
 * @param viaAlternates  the seats that counted because their alternate was there
 */
public record QuorumVerdict(boolean quorate, int seats, int needed, int counted, List<StandIn> viaAlternates) {

    public QuorumVerdict {
        viaAlternates = List.copyOf(viaAlternates);
    }

    /** A seat that counted through its alternate. */
    public record StandIn(Seat seat, Seat alternate) {
    }
}
