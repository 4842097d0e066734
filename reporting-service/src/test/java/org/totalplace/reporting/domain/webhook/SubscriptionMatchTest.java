package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SubscriptionMatchTest {

    private static final String TOTALS = "totalplace.spend.pilot-totals-changed.v1";
    private static final String BARRIER = "totalplace.governance.barrier-raised.v1";
    private static final UUID BRADFORD = UUID.randomUUID();
    private static final UUID LEEDS = UUID.randomUUID();

    private static SubscriptionMatch yorkshire(Set<UUID> pilots) {
        return new SubscriptionMatch(true, "Yorkshire and The Humber", Set.of(TOTALS, BARRIER), pilots);
    }

    @Test
    void shouldWantANamedTypeAboutAPilotOfItsRegion() {
        assertThat(yorkshire(null).wants(TOTALS, BRADFORD, "Yorkshire and The Humber")).isTrue();
        assertThat(yorkshire(Set.of()).wants(BARRIER, LEEDS, "Yorkshire and The Humber")).isTrue();
    }

    @Test
    void rejectsAPilotOfAnotherRegion() {
        assertThat(yorkshire(null).wants(TOTALS, BRADFORD, "London")).isFalse();
    }

    @Test
    void rejectsATypeTheSubscriptionDoesNotName() {
        assertThat(yorkshire(null).wants("totalplace.spend.spend-line-recorded.v1", BRADFORD,
                "Yorkshire and The Humber")).isFalse();
    }

    @Test
    void rejectsAPilotOutsideTheListedPilots() {
        SubscriptionMatch bradfordOnly = yorkshire(Set.of(BRADFORD));

        assertThat(bradfordOnly.wants(TOTALS, BRADFORD, "Yorkshire and The Humber")).isTrue();
        assertThat(bradfordOnly.wants(TOTALS, LEEDS, "Yorkshire and The Humber")).isFalse();
    }

    @Test
    void rejectsEventsAboutNoPilotOrAnUnknownPilot() {
        assertThat(yorkshire(null).wants(TOTALS, null, null)).isFalse();
        assertThat(yorkshire(null).wants(TOTALS, BRADFORD, null)).isFalse();
    }

    @Test
    void rejectsEverythingWhenInactive() {
        SubscriptionMatch inactive = new SubscriptionMatch(false, "Yorkshire and The Humber", Set.of(TOTALS), null);

        assertThat(inactive.wants(TOTALS, BRADFORD, "Yorkshire and The Humber")).isFalse();
    }
}
