package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.totalplace.pilots.domain.CentralDepartment.CLG;
import static org.totalplace.pilots.domain.CentralDepartment.HMT;
import static org.totalplace.pilots.domain.InterestStatus.ACCEPTED;
import static org.totalplace.pilots.domain.InterestStatus.DECLINED;
import static org.totalplace.pilots.domain.InterestStatus.FORWARDED;
import static org.totalplace.pilots.domain.InterestStatus.RECEIVED;
import static org.totalplace.pilots.domain.InterestStatus.SHORTLISTED;
import static org.totalplace.pilots.domain.InterestStatus.UNDER_REVIEW;
import static org.totalplace.pilots.domain.InterestStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.pilots.domain.ExpressionOfInterestRules.Decision;

class ExpressionOfInterestRulesTest {

    private static final LocalDate RECEIVED_ON = LocalDate.of(2010, 7, 20);
    private static final LocalDate TODAY = LocalDate.of(2010, 7, 27);

    /** The review as the programme ran it: every move allowed, and no other. */
    private static final List<Arguments> LEGAL = List.of(
            Arguments.of(RECEIVED, UNDER_REVIEW),
            Arguments.of(RECEIVED, WITHDRAWN),
            Arguments.of(UNDER_REVIEW, FORWARDED),
            Arguments.of(UNDER_REVIEW, WITHDRAWN),
            Arguments.of(FORWARDED, SHORTLISTED),
            Arguments.of(FORWARDED, DECLINED),
            Arguments.of(FORWARDED, WITHDRAWN),
            Arguments.of(SHORTLISTED, ACCEPTED),
            Arguments.of(SHORTLISTED, DECLINED),
            Arguments.of(SHORTLISTED, WITHDRAWN));

    static Stream<Arguments> legalMoves() {
        return LEGAL.stream();
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> illegal = new ArrayList<>();
        for (InterestStatus from : InterestStatus.values()) {
            for (InterestStatus to : InterestStatus.values()) {
                if (LEGAL.stream().noneMatch(legal -> legal.get()[0] == from && legal.get()[1] == to)) {
                    illegal.add(Arguments.of(from, to));
                }
            }
        }
        return illegal.stream();
    }

    // --- the review ----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("legalMoves")
    void shouldAllowEveryMoveOfTheReview(InterestStatus from, InterestStatus to) {
        Decision decision = ExpressionOfInterestRules.transition(from, to);

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.field()).isNull();
        assertThat(decision.reason()).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("illegalMoves")
    void shouldRejectEveryOtherMoveNamingBothStatuses(InterestStatus from, InterestStatus to) {
        Decision decision = ExpressionOfInterestRules.transition(from, to);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).contains(from.name()).contains(to.name());
    }

    @Test
    void shouldCountFortyNineMovesOfWhichTenAreLegal() {
        assertThat(illegalMoves().count()).isEqualTo(49 - 10);
    }

    @Test
    void shouldSayWhereAnExpressionOfInterestCanGoWhenAMoveIsRejected() {
        Decision decision = ExpressionOfInterestRules.transition(RECEIVED, SHORTLISTED);

        assertThat(decision.reason()).isEqualTo("an expression of interest that is RECEIVED cannot become SHORTLISTED; "
                + "from RECEIVED it can become UNDER_REVIEW or WITHDRAWN");
    }

    @ParameterizedTest
    @EnumSource(value = InterestStatus.class, names = {"ACCEPTED", "DECLINED", "WITHDRAWN"})
    void shouldSayThatADecidedExpressionOfInterestIsFinal(InterestStatus decided) {
        Decision decision = ExpressionOfInterestRules.transition(decided, WITHDRAWN);

        assertThat(decision.reason()).contains(decided + ", which is final");
        assertThat(ExpressionOfInterestRules.nextFrom(decided)).isEmpty();
        assertThat(decided.isFinal()).isTrue();
    }

    @Test
    void shouldSayWhenAnExpressionOfInterestIsAlreadyInTheStatusAskedFor() {
        assertThat(ExpressionOfInterestRules.transition(UNDER_REVIEW, UNDER_REVIEW).reason())
                .isEqualTo("the expression of interest is already UNDER_REVIEW");
    }

    @ParameterizedTest
    @EnumSource(value = InterestStatus.class, names = {"ACCEPTED", "DECLINED", "WITHDRAWN"},
            mode = EnumSource.Mode.EXCLUDE)
    void shouldAllowWithdrawingAnythingNotYetDecided(InterestStatus open) {
        assertThat(open.isFinal()).isFalse();
        assertThat(ExpressionOfInterestRules.nextFrom(open)).contains(WITHDRAWN);
    }

    @Test
    void shouldListTheNextStatusesInReviewOrder() {
        assertThat(ExpressionOfInterestRules.nextFrom(FORWARDED)).containsExactly(SHORTLISTED, DECLINED, WITHDRAWN);
    }

    // --- corrections -----------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(InterestStatus.class)
    void shouldAllowCorrectionsOnlyUntilDecided(InterestStatus status) {
        Decision decision = ExpressionOfInterestRules.edit(status);

        assertThat(decision.allowed()).isEqualTo(!status.isFinal());
        if (status.isFinal()) {
            assertThat(decision.field()).isEqualTo("status");
            assertThat(decision.reason()).contains(status.name()).contains("can no longer change");
        }
    }

    // --- reasons -----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = InterestStatus.class, names = {"DECLINED", "WITHDRAWN"})
    void shouldRequireAReasonToDeclineOrWithdraw(InterestStatus to) {
        for (String missing : Arrays.asList(null, "", "   ")) {
            Decision decision = ExpressionOfInterestRules.reason(to, missing);
            assertThat(decision.rejected()).as("reason %s", missing).isTrue();
            assertThat(decision.field()).isEqualTo("reason");
            assertThat(decision.reason()).contains(to.name());
        }
        assertThat(ExpressionOfInterestRules.reason(to, "Outside the spending review's scope").allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = InterestStatus.class, names = {"DECLINED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void shouldNeedNoReasonForOtherMoves(InterestStatus to) {
        assertThat(ExpressionOfInterestRules.reason(to, null).allowed()).isTrue();
    }

    // --- forwarding to HMT and CLG -------------------------------------------------------------------

    @Test
    void shouldAllowForwardingToEitherOrBothDepartments() {
        for (List<CentralDepartment> to : List.of(List.of(HMT), List.of(CLG), List.of(HMT, CLG), List.of(CLG, HMT))) {
            assertThat(ExpressionOfInterestRules.forwarding(to, TODAY, RECEIVED_ON, TODAY).allowed()).as("%s", to)
                    .isTrue();
        }
    }

    @Test
    void shouldRejectForwardingToNoDepartment() {
        for (List<CentralDepartment> none : Arrays.asList(null, List.<CentralDepartment>of())) {
            Decision decision = ExpressionOfInterestRules.forwarding(none, TODAY, RECEIVED_ON, TODAY);
            assertThat(decision.rejected()).isTrue();
            assertThat(decision.field()).isEqualTo("to");
            assertThat(decision.reason()).isEqualTo("must name at least one of HMT or CLG");
        }
    }

    @Test
    void shouldRejectADepartmentNamedTwiceNamingTheSecond() {
        Decision decision = ExpressionOfInterestRules.forwarding(List.of(CLG, HMT, CLG), TODAY, RECEIVED_ON, TODAY);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("to[2]");
        assertThat(decision.reason()).contains("CLG again");
    }

    @Test
    void shouldRejectAMissingDepartment() {
        Decision decision = ExpressionOfInterestRules.forwarding(Arrays.asList(HMT, null), TODAY, RECEIVED_ON, TODAY);

        assertThat(decision.field()).isEqualTo("to[1]");
    }

    @Test
    void shouldRejectForwardingBeforeTheExpressionOfInterestArrived() {
        LocalDate dayBefore = RECEIVED_ON.minusDays(1);

        Decision decision = ExpressionOfInterestRules.forwarding(List.of(HMT), dayBefore, RECEIVED_ON, TODAY);

        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("on");
        assertThat(decision.reason()).contains("2010-07-20");
    }

    @Test
    void shouldAllowForwardingOnTheDayOfReceipt() {
        assertThat(ExpressionOfInterestRules.forwarding(List.of(HMT), RECEIVED_ON, RECEIVED_ON, TODAY).allowed())
                .isTrue();
    }

    @Test
    void shouldRejectForwardingInTheFutureOrOnNoDay() {
        Decision future = ExpressionOfInterestRules.forwarding(List.of(HMT), TODAY.plusDays(1), RECEIVED_ON, TODAY);
        Decision none = ExpressionOfInterestRules.forwarding(List.of(HMT), null, RECEIVED_ON, TODAY);

        assertThat(future.field()).isEqualTo("on");
        assertThat(future.reason()).contains("future").contains("2010-07-27");
        assertThat(none.field()).isEqualTo("on");
    }

    // --- receipt -------------------------------------------------------------------------------------------

    @Test
    void shouldRejectAnExpressionOfInterestReceivedInTheFuture() {
        assertThat(ExpressionOfInterestRules.receipt(TODAY, TODAY).allowed()).isTrue();
        Decision decision = ExpressionOfInterestRules.receipt(TODAY.plusDays(1), TODAY);
        assertThat(decision.field()).isEqualTo("receivedOn");
        assertThat(decision.reason()).contains("future");
    }

    @Test
    void shouldRequireAPilotPlaceToBeInThePilotsRegion() {
        assertThat(ExpressionOfInterestRules.pilotRegion(Region.LONDON, Region.LONDON, "lewisham").allowed()).isTrue();
        Decision decision = ExpressionOfInterestRules.pilotRegion(Region.NORTH_WEST, Region.LONDON, "lewisham");
        assertThat(decision.field()).isEqualTo("region");
        assertThat(decision.reason()).isEqualTo("must be London, the region of pilot 'lewisham'");
    }

    // --- the decision itself -----------------------------------------------------------------------------

    @Test
    void shouldRequireFieldAndReasonOnEveryRejection() {
        assertThatThrownBy(() -> Decision.reject(null, "no field")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Decision.reject("to", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldKeepTheStatusPatternEqualToTheStatuses() {
        Set<String> fromPattern = Set.of(InterestStatus.NAMES.split("\\|"));

        assertThat(fromPattern).containsExactlyInAnyOrderElementsOf(InterestStatus.names());
        assertThat(EnumSet.allOf(InterestStatus.class)).allSatisfy(status ->
                assertThat(status.name()).matches(InterestStatus.NAMES));
    }
}
