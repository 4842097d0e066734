package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RaidScoreTest {

    @ParameterizedTest(name = "probability {0} x impact {1} = {2}, {3}")
    @CsvSource({
            "5, 5, 25, RED",
            "3, 5, 15, RED",
            "5, 3, 15, RED",
            "3, 4, 12, AMBER",
            "4, 2, 8, AMBER",
            "2, 4, 8, AMBER",
            "2, 3, 6, GREEN",
            "1, 1, 1, GREEN"})
    void shouldScoreProbabilityTimesImpactAndRateIt(int probability, int impact, int score, Rag rag) {
        assertThat(RaidScore.of(probability, impact)).isEqualTo(new RaidScore(score, rag));
    }

    @ParameterizedTest(name = "score {0} is {1}")
    @CsvSource({"15, RED", "14, AMBER", "8, AMBER", "7, GREEN"})
    void shouldRateAtTheThresholds(int score, Rag rag) {
        assertThat(RaidScore.ragOf(score)).isEqualTo(rag);
    }

    @Test
    void shouldScoreAnIssueAsCertainBecauseItHasHappened() {
        assertThat(RaidScore.of(null, 3)).isEqualTo(new RaidScore(15, Rag.RED));
        assertThat(RaidScore.of(null, 1)).isEqualTo(new RaidScore(5, Rag.GREEN));
    }

    @Test
    void shouldRefuseValuesOutsideOneToFive() {
        assertThatThrownBy(() -> RaidScore.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RaidScore.of(3, 6)).isInstanceOf(IllegalArgumentException.class);
    }
}
