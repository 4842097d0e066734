package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AggregateQueryTest {

    private static AggregateQuery parse(String drilldown, String cut, String order) {
        return AggregateQuery.parse(drilldown, cut, order, null, null, null, null, null, null, null);
    }

    private static List<AggregateQuery.Problem> refusal(Runnable parse) {
        try {
            parse.run();
        } catch (AggregateQuery.Refused refused) {
            return refused.problems();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void shouldReadDrilldownCutsOrderAndDefaults() {
        AggregateQuery query = parse("pilot|financialYear|functionL1",
                "method:top-down;bottom-up|financialYear:2009-10..2011-12|body:\"A | B; C\"", "amount.sum:desc");

        assertThat(query.drilldown()).containsExactly(AggregateDimension.PILOT, AggregateDimension.FINANCIAL_YEAR,
                AggregateDimension.FUNCTION_L1);
        assertThat(query.cuts()).containsExactly(
                new AggregateQuery.Cut(AggregateDimension.METHOD, List.of("top-down", "bottom-up"), null, null),
                new AggregateQuery.Cut(AggregateDimension.FINANCIAL_YEAR, null, "2009-10", "2011-12"),
                new AggregateQuery.Cut(AggregateDimension.BODY, List.of("A | B; C"), null, null));
        assertThat(query.order()).containsExactly(new AggregateQuery.Order(AggregateMeasure.AMOUNT_SUM, null, true));
        assertThat(query.measures()).containsExactly(AggregateMeasure.values());
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.pageSize()).isEqualTo(AggregateQuery.DEFAULT_PAGE_SIZE);
        assertThat(query.prices()).isEqualTo(PriceBasis.nominal());
        assertThat(query.perCapita()).isFalse();
    }

    @Test
    void shouldNameEveryBadParameterAtOnce() {
        List<AggregateQuery.Problem> problems = refusal(() -> AggregateQuery.parse("pilot|colour",
                "method:top-down|financialYear:2009-10..2008-09", "lines.count,colour:desc", "amount.sum,amount.max",
                "0", "20000", null, null, null, null));

        assertThat(problems).extracting(AggregateQuery.Problem::field)
                .containsExactly("drilldown[1]", "cut[1]", "measures[1]", "order[1]", "page", "pagesize");
    }

    @Test
    void shouldAllowPerCapitaOnlyWithOnePilotAndOneYearPerCell() {
        assertThat(AggregateQuery.parse("pilot|financialYear", null, null, null, null, null, "true", null, null, null)
                .perCapita()).isTrue();
        assertThat(AggregateQuery.parse("functionL1", "pilot:lewisham|financialYear:2009-10..2009-10", null, null,
                null, null, "true", null, null, null).perCapita()).isTrue();

        assertThat(refusal(() -> AggregateQuery.parse("pilot", "financialYear:2009-10;2010-11", null, null, null,
                null, "true", null, null, null)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("perCapita");
                    assertThat(problem.message()).contains("drill down by financialYear or").doesNotContain("by pilot");
                });
    }

    @Test
    void shouldNeedABaseYearForRealPricesAndNoneForNominal() {
        assertThat(AggregateQuery.parse(null, null, null, null, null, null, null, "real", "2009-10", "gdp").prices())
                .isEqualTo(PriceBasis.real(FinancialYear.parse("2009-10")));
        assertThat(refusal(() -> AggregateQuery.parse(null, null, null, null, null, null, null, "real", null, null)))
                .extracting(AggregateQuery.Problem::field).containsExactly("baseYear");
        assertThat(refusal(() -> AggregateQuery.parse(null, null, null, null, null, null, null, null, "2009-10", null)))
                .extracting(AggregateQuery.Problem::field).containsExactly("baseYear");
    }

    @Test
    void shouldRefuseDrillingOrRangingTheRuleVersionAndOrderingByAnUndrilledDimension() {
        assertThat(refusal(() -> parse("ruleVersion", null, null))).extracting(AggregateQuery.Problem::field)
                .containsExactly("drilldown[0]");
        assertThat(refusal(() -> parse(null, "ruleVersion:1..2", null))).extracting(AggregateQuery.Problem::field)
                .containsExactly("cut[0]");
        assertThat(refusal(() -> parse("pilot", null, "body"))).extracting(AggregateQuery.Problem::message)
                .containsExactly("orders by body, which is not in the drilldown");
    }

    @Test
    void shouldKnowWhenADimensionHasOneValuePerCell() {
        AggregateQuery query = parse("functionL1", "pilot:a|financialYear:2009-10;2010-11", null);

        assertThat(query.singlePer(AggregateDimension.PILOT)).isTrue();
        assertThat(query.singlePer(AggregateDimension.FINANCIAL_YEAR)).isFalse();
        assertThat(query.singlePer(AggregateDimension.FUNCTION_L1)).isTrue();
        assertThat(query.singlePer(AggregateDimension.BODY)).isFalse();
    }
}
