package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SuccessionRulesTest {

    private static final UUID GO_NORTH_EAST = UUID.randomUUID();
    private static final LocalDate ESTABLISHED = LocalDate.of(1994, 4, 1);
    private static final LocalDate CLOSURE = LocalDate.of(2011, 4, 1);
    private static final SuccessionRules.SuccessorBody CLG = new SuccessionRules.SuccessorBody(UUID.randomUUID(),
            "Department for Communities and Local Government", LocalDate.of(2006, 5, 5), null);
    /** A successor whose establishment is not recorded: no date of its own to break. */
    private static final SuccessionRules.SuccessorBody UNDATED = new SuccessionRules.SuccessorBody(UUID.randomUUID(),
            "Cabinet Office", null, null);

    @Test
    void shouldAllowAnAbolitionWithTheBodyItsFunctionsWentTo() {
        assertThat(SuccessionRules.check(goNorthEast(List.of()), abolished(CLOSURE, CLG))).isEmpty();
    }

    @Test
    void shouldAllowAnAbolitionWithoutASuccessor() {
        assertThat(SuccessionRules.check(goNorthEast(List.of()), new SuccessionRules.Proposal(SuccessionKind.ABOLISHED,
                CLOSURE, Optional.empty(), null))).isEmpty();
    }

    @Test
    void shouldRefuseASuccessionBeforeTheBodyWasEstablished() {
        List<RuleDecision> rejections = SuccessionRules.check(goNorthEast(List.of()),
                abolished(LocalDate.of(1990, 1, 1), UNDATED));

        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.field()).isEqualTo("effectiveOn");
            assertThat(rejection.reason()).contains("1994-04-01");
        });
    }

    @Test
    void shouldRefuseASuccessionOnTheDayTheBodyWasEstablished() {
        assertThat(SuccessionRules.check(goNorthEast(List.of()), abolished(ESTABLISHED, UNDATED)))
                .extracting(RuleDecision::field).containsExactly("effectiveOn");
    }

    @Test
    void shouldRefuseASecondEndOfABody() {
        BodyLineage ended = goNorthEast(List.of(new PastSuccession(SuccessionKind.ABOLISHED, CLOSURE,
                "Government Office for the North East", null, null, null)));

        RuleDecision decision = SuccessionRules.checkNotEnded(ended);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.reason()).contains("already abolished with effect from 2011-04-01").contains("ends once");
    }

    @Test
    void shouldLetABodyThatWasOnlyRenamedEndLater() {
        BodyLineage renamed = goNorthEast(List.of(rename(LocalDate.of(2000, 1, 1))));

        assertThat(SuccessionRules.checkNotEnded(renamed).allowed()).isTrue();
        assertThat(SuccessionRules.check(renamed, abolished(CLOSURE, CLG))).isEmpty();
    }

    @Test
    void shouldRefuseASuccessionNotAfterThePreviousOne() {
        BodyLineage renamed = goNorthEast(List.of(rename(LocalDate.of(2000, 1, 1))));

        assertThat(SuccessionRules.check(renamed, abolished(LocalDate.of(2000, 1, 1), UNDATED)))
                .singleElement().satisfies(rejection -> {
                    assertThat(rejection.field()).isEqualTo("effectiveOn");
                    assertThat(rejection.reason()).contains("previous succession (RENAMED)");
                });
    }

    @Test
    void shouldRefuseAMergerIntoItself() {
        SuccessionRules.SuccessorBody itself = new SuccessionRules.SuccessorBody(GO_NORTH_EAST, "GO-NE", null, null);

        assertThat(SuccessionRules.check(goNorthEast(List.of()), new SuccessionRules.Proposal(SuccessionKind.MERGED,
                CLOSURE, Optional.of(itself), null))).singleElement().satisfies(rejection -> {
                    assertThat(rejection.field()).isEqualTo("successor");
                    assertThat(rejection.reason()).isEqualTo("a body cannot succeed itself");
                });
    }

    @Test
    void shouldRequireTheBodyAMergerWentInto() {
        assertThat(SuccessionRules.check(goNorthEast(List.of()), new SuccessionRules.Proposal(SuccessionKind.MERGED,
                CLOSURE, Optional.empty(), null))).extracting(RuleDecision::field).containsExactly("successor");
    }

    @Test
    void shouldRefuseASuccessorNotYetEstablishedOrAlreadyEnded() {
        var later = new SuccessionRules.SuccessorBody(UUID.randomUUID(), "Later body", LocalDate.of(2012, 1, 1), null);
        var gone = new SuccessionRules.SuccessorBody(UUID.randomUUID(), "Gone body", null, CLOSURE);

        assertThat(SuccessionRules.check(goNorthEast(List.of()), abolished(CLOSURE, later)))
                .singleElement().satisfies(rejection -> assertThat(rejection.reason()).contains("only established on 2012-01-01"));
        assertThat(SuccessionRules.check(goNorthEast(List.of()), abolished(CLOSURE, gone)))
                .singleElement().satisfies(rejection -> assertThat(rejection.reason()).contains("itself ended on 2011-04-01"));
    }

    @Test
    void shouldRequireANewNameThatDiffersFromTheCurrentOne() {
        BodyLineage body = goNorthEast(List.of());

        assertThat(SuccessionRules.check(body, new SuccessionRules.Proposal(SuccessionKind.RENAMED, CLOSURE,
                Optional.empty(), " ")))
                .extracting(RuleDecision::field).containsExactly("successor");
        assertThat(SuccessionRules.check(body, new SuccessionRules.Proposal(SuccessionKind.RENAMED, CLOSURE,
                Optional.empty(), "government office for the north east")))
                .singleElement().satisfies(rejection -> assertThat(rejection.reason()).contains("the body's name already"));
        assertThat(SuccessionRules.check(body, new SuccessionRules.Proposal(SuccessionKind.RENAMED, CLOSURE,
                Optional.empty(), "GO North East"))).isEmpty();
    }

    @Test
    void shouldRefuseAnEstablishmentDayOnOrAfterTheFirstSuccession() {
        BodyLineage renamed = goNorthEast(List.of(rename(LocalDate.of(2000, 1, 1))));

        assertThat(SuccessionRules.checkEstablished(LocalDate.of(2000, 1, 1), renamed).field()).isEqualTo("establishedOn");
        assertThat(SuccessionRules.checkEstablished(LocalDate.of(1999, 12, 31), renamed).allowed()).isTrue();
        assertThat(SuccessionRules.checkEstablished(null, renamed).allowed()).isTrue();
    }

    private static BodyLineage goNorthEast(List<PastSuccession> successions) {
        String current = successions.stream().filter(s -> s.kind() == SuccessionKind.RENAMED)
                .reduce((first, second) -> second).map(PastSuccession::newName)
                .orElse("Government Office for the North East");
        return new BodyLineage(GO_NORTH_EAST, current, ESTABLISHED, successions);
    }

    private static PastSuccession rename(LocalDate on) {
        return new PastSuccession(SuccessionKind.RENAMED, on, "Government Office for the North East", "GO North East",
                null, null);
    }

    private static SuccessionRules.Proposal abolished(LocalDate on, SuccessionRules.SuccessorBody successor) {
        return new SuccessionRules.Proposal(SuccessionKind.ABOLISHED, on, Optional.of(successor), null);
    }
}
