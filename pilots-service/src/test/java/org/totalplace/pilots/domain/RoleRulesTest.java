package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleRulesTest {

    private static final LocalDate JUNE_2009 = LocalDate.parse("2009-06-01");
    private static final LocalDate DECEMBER_2009 = LocalDate.parse("2009-12-31");

    @ParameterizedTest
    @EnumSource(value = PilotRole.class, names = {"PILOT_LEAD", "GO_LEAD", "DG_CHAMPION"})
    void shouldRejectASecondHolderOfASingleHolderRoleNamingTheCurrentHolder(PilotRole role) {
        List<RoleHolding> existing = List.of(holding(role, "Barry Quirk", JUNE_2009, null));

        RuleDecision decision = RoleRules.checkAppointment(
                holding(role, "Jane Smith", LocalDate.parse("2010-01-01"), null), existing);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("from");
        assertThat(decision.reason()).contains("one " + role.title() + " at a time")
                .contains("Barry Quirk holds the role from 2009-06-01 with no end date");
    }

    @Test
    void shouldNameToWhenAnEarlierAppointmentRunsIntoTheCurrentHolder() {
        List<RoleHolding> existing = List.of(holding(PilotRole.PILOT_LEAD, "Barry Quirk", JUNE_2009, null));

        RuleDecision decision = RoleRules.checkAppointment(holding(PilotRole.PILOT_LEAD, "Jane Smith",
                LocalDate.parse("2009-01-01"), LocalDate.parse("2009-06-30")), existing);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("to");
    }

    @Test
    void shouldAllowAPilotLeadFromTheDayAfterThePreviousOneLeft() {
        List<RoleHolding> existing = List.of(holding(PilotRole.PILOT_LEAD, "Barry Quirk", JUNE_2009, DECEMBER_2009));

        assertThat(RoleRules.checkAppointment(holding(PilotRole.PILOT_LEAD, "Jane Smith", DECEMBER_2009.plusDays(1),
                null), existing).allowed()).isTrue();
    }

    @Test
    void shouldRejectAHandoverOnTheSameDay() {
        List<RoleHolding> existing = List.of(holding(PilotRole.GO_LEAD, "Barry Quirk", JUNE_2009, DECEMBER_2009));

        assertThat(RoleRules.checkAppointment(holding(PilotRole.GO_LEAD, "Jane Smith", DECEMBER_2009, null), existing)
                .rejected()).isTrue();
    }

    @Test
    void shouldLetLocalityManagersOverlap() {
        List<RoleHolding> existing = List.of(holding(PilotRole.LOCALITY_MANAGER, "Ann Other", JUNE_2009, null),
                holding(PilotRole.LOCALITY_MANAGER, "Sam Jones", JUNE_2009, null));

        assertThat(RoleRules.checkAppointment(holding(PilotRole.LOCALITY_MANAGER, "Jane Smith", JUNE_2009, null),
                existing).allowed()).isTrue();
    }

    @Test
    void shouldRejectAPersonHoldingTheSameRoleTwiceAtOnce() {
        List<RoleHolding> existing = List.of(holding(PilotRole.LOCALITY_MANAGER, "Ann Other", JUNE_2009, null));

        RuleDecision decision = RoleRules.checkAppointment(
                holding(PilotRole.LOCALITY_MANAGER, "  ann   other ", DECEMBER_2009, null), existing);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("person");
        assertThat(decision.reason()).contains("already the pilot's locality manager from 2009-06-01");
    }

    @Test
    void shouldLetOneHolderOfEachRoleServeAtOnce() {
        List<RoleHolding> existing = List.of(holding(PilotRole.PILOT_LEAD, "Barry Quirk", JUNE_2009, null),
                holding(PilotRole.GO_LEAD, "Jane Smith", JUNE_2009, null));

        assertThat(RoleRules.checkAppointment(holding(PilotRole.DG_CHAMPION, "Barry Quirk", JUNE_2009, null),
                existing).allowed()).isTrue();
    }

    @Test
    void shouldLetAnOpenAppointmentEndOnceOnly() {
        assertThat(RoleRules.checkEnd(holding(PilotRole.PILOT_LEAD, "Barry Quirk", JUNE_2009, null)).allowed()).isTrue();

        RuleDecision decision = RoleRules.checkEnd(holding(PilotRole.PILOT_LEAD, "Barry Quirk", JUNE_2009, DECEMBER_2009));

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("to");
        assertThat(decision.reason()).contains("already ends on 2009-12-31");
    }

    @Test
    void shouldHaveOneHolderOnlyOfTheLeadAndChampionRoles() {
        assertThat(PilotRole.values()).filteredOn(role -> !role.singleHolder()).containsExactly(PilotRole.LOCALITY_MANAGER);
    }

    private static RoleHolding holding(PilotRole role, String person, LocalDate from, LocalDate to) {
        return new RoleHolding(role, person, new DateRange(from, to));
    }
}
