package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.domain.Caller.Role;

class AccessRulesTest {

    private static final Place LEWISHAM = Place.pilot("lewisham", "London");
    private static final Place GATESHEAD = Place.pilot("gateshead", "North East");

    @Test
    void shouldLetAPilotLeadEditOnlyTheirOwnPilotsRegister() {
        Caller lead = caller(Set.of(Role.PILOT_LEAD), Set.of("lewisham"), null);

        assertThat(AccessRules.decide(lead, Permission.EDIT_REGISTER, Optional.of(LEWISHAM)).allowed()).isTrue();
        AccessDecision elsewhere = AccessRules.decide(lead, Permission.EDIT_REGISTER, Optional.of(GATESHEAD));
        assertThat(elsewhere.allowed()).isFalse();
        assertThat(elsewhere.reason()).isEqualTo(
                "This token may edit register only for pilots [lewisham]; the request is about pilot gateshead");
    }

    @Test
    void shouldLetAGovernmentOfficeEscalateOnlyInItsRegion() {
        Caller officer = caller(Set.of(Role.GO_OFFICER), Set.of(), "North East");

        assertThat(AccessRules.decide(officer, Permission.ESCALATE_BARRIER, Optional.of(GATESHEAD)).allowed()).isTrue();
        assertThat(AccessRules.decide(officer, Permission.ESCALATE_BARRIER, Optional.of(LEWISHAM)).reason())
                .isEqualTo("This token may escalate barrier only for region North East; the request is about pilot lewisham");
        assertThat(AccessRules.decide(officer, Permission.EDIT_REGISTER, Optional.of(GATESHEAD)).reason())
                .isEqualTo("Role go-officer may not edit register");
    }

    @Test
    void shouldRefuseAGovernmentOfficeTokenWithoutARegionAndSayWhy() {
        Caller officer = caller(Set.of(Role.GO_OFFICER), Set.of(), null);

        assertThat(AccessRules.decide(officer, Permission.COMMENT, Optional.empty()).reason())
                .isEqualTo("Role go-officer may not comment (the token's region claim is missing)");
        assertThat(AccessRules.scope(officer, Permission.READ_PILOT).nothing()).isTrue();
    }

    @Test
    void shouldGiveACallerWithTwoRolesWhatEitherAllows() {
        Caller both = caller(Set.of(Role.PILOT_ANALYST, Role.GO_OFFICER), Set.of("lewisham"), "North East");

        PilotScope reading = AccessRules.scope(both, Permission.READ_PILOT);
        assertThat(reading.includes(LEWISHAM)).isTrue();
        assertThat(reading.includes(GATESHEAD)).isTrue();
        assertThat(reading.includes(Place.pilot("swindon", "South West"))).isFalse();
        assertThat(AccessRules.scope(both, Permission.SUBMIT_SPEND).includes(GATESHEAD)).isFalse();
    }

    @Test
    void shouldLetProgrammeWideRolesReachEveryPilotButOnlyForTheirOwnWork() {
        Caller moderator = caller(Set.of(Role.MODERATOR), Set.of(), null);
        Caller secretariat = caller(Set.of(Role.SECRETARIAT), Set.of(), null);
        Caller ministers = caller(Set.of(Role.MINISTER_OFFICE), Set.of(), null);

        assertThat(AccessRules.scope(moderator, Permission.MODERATE).everything()).isTrue();
        assertThat(AccessRules.decide(moderator, Permission.GOVERN, Optional.empty()).allowed()).isFalse();
        assertThat(AccessRules.decide(secretariat, Permission.GOVERN, Optional.empty()).allowed()).isTrue();
        assertThat(AccessRules.decide(secretariat, Permission.DECIDE_MINISTERIAL, Optional.empty()).allowed()).isFalse();
        assertThat(AccessRules.decide(ministers, Permission.DECIDE_MINISTERIAL, Optional.empty()).allowed()).isTrue();
        assertThat(AccessRules.decide(ministers, Permission.READ_PILOT, Optional.of(GATESHEAD)).allowed()).isTrue();
    }

    @Test
    void shouldLetAReaderReadPublishedReportsOnly() {
        Caller reader = caller(Set.of(Role.READER), Set.of(), null);

        assertThat(AccessRules.decide(reader, Permission.READ_REPORTS, Optional.empty()).allowed()).isTrue();
        assertThat(AccessRules.decide(reader, Permission.READ_PROGRAMME, Optional.empty()).reason())
                .isEqualTo("Role reader may not read programme");
    }

    @Test
    void shouldRefuseATokenWithNoRoleOfTheProgramme() {
        Caller nobody = caller(Set.of(), Set.of("lewisham"), "London");

        assertThat(AccessRules.decide(nobody, Permission.READ_REPORTS, Optional.empty()).reason())
                .startsWith("This token carries no role of the programme");
    }

    private static Caller caller(Set<Role> roles, Set<String> pilots, String region) {
        return new Caller("someone@example.gov.uk", roles, pilots, Optional.ofNullable(region));
    }
}
