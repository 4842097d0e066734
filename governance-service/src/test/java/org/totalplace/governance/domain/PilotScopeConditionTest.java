package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.panache.common.Parameters;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PilotScopeConditionTest {

    @Test
    void shouldAddNoConditionForAScopeOverEveryPilot() {
        Parameters parameters = new Parameters();

        assertThat(PilotScopeCondition.on("pilotId", PilotScope.all(), parameters)).isEmpty();
        assertThat(parameters.map()).isEmpty();
    }

    @Test
    void shouldMatchThePilotsByCodeOrRegionThroughTheKnownPilots() {
        Parameters parameters = new Parameters();
        PilotScope scope = new PilotScope(false, Set.of("lewisham"), Optional.of("London"));

        assertThat(PilotScopeCondition.on("board.pilotId", scope, parameters)).contains(
                "board.pilotId in (select scoped.pilotId from KnownPilot scoped"
                        + " where scoped.code in :scopeCodes or scoped.region = :scopeRegion)");
        assertThat(parameters.map()).containsEntry("scopeCodes", Set.of("lewisham"))
                .containsEntry("scopeRegion", "London");
    }

    @Test
    void shouldMatchNoPilotForAScopeOverNone() {
        Parameters parameters = new Parameters();

        assertThat(PilotScopeCondition.on("pilotId", PilotScope.none(), parameters)).isPresent();
        assertThat(parameters.map()).containsEntry("scopeCodes", Set.of("")).containsEntry("scopeRegion", "");
    }

    @Test
    void shouldMatchNoRegionForAPilotLeadsScope() {
        Parameters parameters = new Parameters();

        PilotScopeCondition.on("pilotId", new PilotScope(false, Set.of("lewisham"), Optional.empty()), parameters);

        assertThat(parameters.map()).containsEntry("scopeRegion", "");
    }
}
