package org.totalplace.spend.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one source of "now". Nothing reads the wall clock directly; tests replace this bean
 * ({@code QuarkusMock.installMockForType(fixedClock, Clock.class)}) to set the time.
 */
public class ClockProducer {

    /** UTC, ticking in microseconds: the precision PostgreSQL keeps, so stored and returned times agree. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
