package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolloutElementTransitionsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "PROPOSED, TESTING",
            "TESTING, EVIDENCED",
            "TESTING, NOT_SUPPORTED"})
    void shouldAllowAHypothesisToBeTestedThenFoundEvidencedOrNotSupported(RolloutElementStatus from,
                                                                         RolloutElementStatus to) {
        assertThat(RolloutElementTransitions.check(from, to).allowed()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} refused: {2}")
    @CsvSource({
            "PROPOSED, EVIDENCED, a PROPOSED hypothesis is tested first (TESTING) before it is EVIDENCED",
            "PROPOSED, NOT_SUPPORTED, a PROPOSED hypothesis is tested first (TESTING) before it is NOT_SUPPORTED",
            "PROPOSED, PROPOSED, the hypothesis is already PROPOSED",
            "TESTING, TESTING, the hypothesis is already TESTING",
            "TESTING, PROPOSED, 'a hypothesis in TESTING ends EVIDENCED or NOT_SUPPORTED, not PROPOSED'",
            "EVIDENCED, TESTING, 'the hypothesis is EVIDENCED, which is final; record a new element for a new hypothesis'",
            "EVIDENCED, NOT_SUPPORTED, 'the hypothesis is EVIDENCED, which is final; record a new element for a new hypothesis'",
            "NOT_SUPPORTED, TESTING, 'the hypothesis is NOT_SUPPORTED, which is final; record a new element for a new hypothesis'"})
    void shouldRefuseOtherMovesNamingStatusWithTheReason(RolloutElementStatus from, RolloutElementStatus to,
                                                        String reason) {
        RuleDecision decision = RolloutElementTransitions.check(from, to);
        assertThat(decision.rejected()).isTrue();
        assertThat(decision.field()).isEqualTo("status");
        assertThat(decision.reason()).isEqualTo(reason);
    }
}
