package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountingRulesTest {

    private static final Map<String, String> FUNCTIONS = new LinkedHashMap<>(Map.of(
            "9", "Education", "9.8", "Education n.e.c.", "10", "Social protection", "10.4", "Family and children",
            "10.9", "Social protection n.e.c."));

    private static CountingRules rules(CategoryRule... rules) {
        CountingRules.Result result = CountingRules.of(FUNCTIONS, List.of(rules));
        assertThat(result.problems()).isEmpty();
        return result.rules();
    }

    private static CategoryRule ledger(Map<String, String> match, CategoryRule.Action action) {
        return new CategoryRule(CountSource.LEDGER, match, action);
    }

    private static CategoryRule.Classify to(String level2) {
        return new CategoryRule.Classify(FunctionCode.ofLevel2(level2));
    }

    @Test
    void shouldGiveTheMoreSpecificRuleItsWay() {
        CountingRules rules = rules(
                ledger(Map.of("serviceLevel1", "Learning and Children"), to("9.8")),
                ledger(Map.of("serviceLevel1", "Learning and Children", "serviceLevel2", "Third Party Payments"),
                        to("10.4")));

        Classification plain = rules.classify(CountSource.LEDGER,
                Map.of("serviceLevel1", "Learning and Children", "serviceLevel2", "Supplies and Services"),
                SpendType.REVENUE).orElseThrow();
        Classification specific = rules.classify(CountSource.LEDGER,
                Map.of("serviceLevel1", "Learning and Children", "serviceLevel2", "Third Party Payments"),
                SpendType.REVENUE).orElseThrow();

        assertThat(plain.function().level2()).isEqualTo("9.8");
        assertThat(specific.function()).isEqualTo(new FunctionCode("10", "10.4"));
    }

    @Test
    void shouldLetTheEarlierOfTwoEquallySpecificRulesWin() {
        CountingRules rules = rules(
                ledger(Map.of("serviceLevel1", "Learning and Children"), to("9.8")),
                ledger(Map.of("serviceLevel2", "Third Party Payments"), to("10.4")));

        assertThat(rules.classify(CountSource.LEDGER, Map.of("serviceLevel1", "Learning and Children",
                "serviceLevel2", "Third Party Payments"), SpendType.REVENUE).orElseThrow().function().level2())
                .isEqualTo("9.8");
    }

    @Test
    void shouldMatchIgnoringCaseAndRunsOfSpaces() {
        CountingRules rules = rules(ledger(Map.of("supplier", "GATESHEAD PCT - COMMISSIONING"),
                new CategoryRule.Exclude("transfer to a counted body")));

        Classification excluded = rules.classify(CountSource.LEDGER,
                Map.of("supplier", "  Gateshead  PCT - commissioning "), SpendType.REVENUE).orElseThrow();

        assertThat(excluded.counted()).isFalse();
        assertThat(excluded.exclusion()).isEqualTo("transfer to a counted body");
    }

    @Test
    void shouldStillClassifyExcludedMoneySoThatExclusionsCanBeShownByFunction() {
        CountingRules rules = rules(
                ledger(Map.of("serviceLevel1", "Community Based Services"), to("10.9")),
                ledger(Map.of("supplier", "CITY OF SUNDERLAND"), new CategoryRule.Exclude("transfer")));

        Classification excluded = rules.classify(CountSource.LEDGER, Map.of("serviceLevel1",
                "Community Based Services", "supplier", "CITY OF SUNDERLAND"), SpendType.REVENUE).orElseThrow();

        assertThat(excluded.function().level2()).isEqualTo("10.9");
        assertThat(excluded.counted()).isFalse();
    }

    @Test
    void shouldCountLedgerMoneyNoRuleMatchesAsUnclassifiedNotDropIt() {
        CountingRules rules = rules(ledger(Map.of("serviceLevel1", "Learning and Children"), to("9.8")));

        Classification miscoded = rules.classify(CountSource.LEDGER, Map.of("serviceLevel1", "Miscoding"),
                SpendType.REVENUE).orElseThrow();

        assertThat(miscoded.function()).isEqualTo(FunctionCode.UNCLASSIFIED);
        assertThat(miscoded.counted()).isTrue();
    }

    @Test
    void shouldReadOnlyTheOutturnColumnsTheRulesName() {
        CountingRules rules = rules(new CategoryRule(CountSource.OUTTURN, Map.of("column", "Education services"),
                to("9.8")));

        assertThat(rules.classify(CountSource.OUTTURN, Map.of("column", "Education services"), SpendType.REVENUE))
                .isPresent();
        assertThat(rules.classify(CountSource.OUTTURN,
                Map.of("column", "TOTAL SERVICE EXPENDITURE (TOTAL OF LINES 190 TO 698)"), SpendType.REVENUE))
                .isEmpty();
    }

    @Test
    void shouldLabelCapitalByRuleAndOtherwiseKeepTheSourcesOwnType() {
        CountingRules rules = rules(ledger(Map.of("serviceLevel2", "Works"),
                new CategoryRule.Label(SpendType.CAPITAL)));

        assertThat(rules.classify(CountSource.LEDGER, Map.of("serviceLevel2", "Works"), SpendType.REVENUE)
                .orElseThrow().spendType()).isEqualTo(SpendType.CAPITAL);
        assertThat(rules.classify(CountSource.LEDGER, Map.of("serviceLevel2", "Premises"), SpendType.REVENUE)
                .orElseThrow().spendType()).isEqualTo(SpendType.REVENUE);
        assertThat(rules.classify(CountSource.CRA, Map.of("cofogLevel1", "9.8 Education n.e.c."), SpendType.CAPITAL)
                .orElseThrow().spendType()).isEqualTo(SpendType.CAPITAL);
    }

    @Test
    void shouldRefuseRulesThatDoNotHoldTogetherNamingEachProblem() {
        CountingRules.Result result = CountingRules.of(FUNCTIONS, List.of(
                ledger(Map.of("serviceLevel1", "Learning and Children"), to("4.5")),
                new CategoryRule(CountSource.OUTTURN, Map.of("supplier", "X"), to("9.8")),
                ledger(Map.of(), new CategoryRule.Exclude(" "))));

        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).extracting(CountingRules.Problem::field).containsExactly(
                "rules[0].function", "rules[1].match.supplier", "rules[2].match", "rules[2].exclude");
    }

    @Test
    void shouldRefuseALevel2FunctionWhoseLevel1IsMissing() {
        CountingRules.Result result = CountingRules.of(Map.of("4.5", "Transport"), List.of());

        assertThat(result.problems()).extracting(CountingRules.Problem::message)
                .containsExactly("its level 1 function 4 is not in the classification");
    }
}
