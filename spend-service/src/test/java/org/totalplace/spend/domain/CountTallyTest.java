package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountTallyTest {

    private static final Classification EDUCATION = new Classification(FunctionCode.ofLevel2("9.8"),
            SpendType.REVENUE, null);
    private static final Classification POLICE = new Classification(FunctionCode.ofLevel2("3.1"),
            SpendType.REVENUE, null);

    @Test
    void shouldRoundAnApportionedFigureOnceNotEachShare() {
        CountTally tally = new CountTally();
        // two CRA rows of £1 each, a third of the region: 1/3 + 1/3 = 0.666.. → 0.67, whereas 0.33 + 0.33 = 0.66
        tally.addShare("top-down", "Central government", EDUCATION, new BigDecimal("1"), 3, 1);
        tally.addShare("top-down", "Central government", EDUCATION, new BigDecimal("1"), 3, 1);

        List<CountTally.Figure> figures = tally.figures();

        assertThat(figures).hasSize(1);
        assertThat(figures.get(0).amount()).isEqualByComparingTo("0.67");
        assertThat(figures.get(0).lines()).isEqualTo(2);
    }

    @Test
    void shouldRoundHalfToEven() {
        CountTally tally = new CountTally();
        tally.addShare("top-down", "Central government", EDUCATION, new BigDecimal("0.125"), 1, 1);
        tally.addShare("top-down", "Local government", EDUCATION, new BigDecimal("0.135"), 1, 1);

        assertThat(tally.figures()).extracting(CountTally.Figure::amount)
                .containsExactly(new BigDecimal("0.12"), new BigDecimal("0.14"));
    }

    @Test
    void shouldDropOnlyTheNamedMethodBodiesAndFunctions() {
        CountTally tally = new CountTally();
        tally.add("top-down", "Local government", EDUCATION, new BigDecimal("10.00"), 1);
        tally.add("top-down", "Local government", POLICE, new BigDecimal("20.00"), 1);
        tally.add("top-down", "Central government", EDUCATION, new BigDecimal("30.00"), 1);

        tally.drop("top-down", Set.of("Local government"), Set.of("9"));

        assertThat(tally.figures()).extracting(f -> f.key().body() + " " + f.key().function().level2())
                .containsExactly("Central government 9.8", "Local government 3.1");
    }

    @Test
    void shouldGiveEqualCountsEqualDigestsAndDifferentCountsDifferentOnes() {
        CountTally one = new CountTally();
        one.add("bottom-up", "Gateshead Council", EDUCATION, new BigDecimal("10.00"), 1);
        CountTally same = new CountTally();
        same.add("bottom-up", "Gateshead Council", EDUCATION, new BigDecimal("10.00"), 1);
        CountTally other = new CountTally();
        other.add("bottom-up", "Gateshead Council", EDUCATION, new BigDecimal("10.01"), 1);

        assertThat(CountTally.digest(one.figures())).isEqualTo(CountTally.digest(same.figures()))
                .isNotEqualTo(CountTally.digest(other.figures()));
    }
}
