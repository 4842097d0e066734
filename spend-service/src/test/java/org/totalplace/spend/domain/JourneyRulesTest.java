package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyRulesTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2009-10");
    private static final JourneyTerms NOMINAL = terms(JourneyTheme.OLDER_PERSON_LEAVING_HOSPITAL, null,
            PriceBasis.nominal());

    private static JourneyTerms terms(JourneyTheme theme, String description, PriceBasis basis) {
        return new JourneyTerms("Mrs A", theme, description, YEAR, basis, null, null);
    }

    private static PlannedContact stated(int day, String amount, String source) {
        return new PlannedContact(day, "Gateshead Council", "home care hour", ContactPurpose.REPAIR, 1,
                new PlannedContact.Stated(new BigDecimal(amount), source));
    }

    private static PlannedContact derived(int day, String function) {
        return new PlannedContact(day, "Gateshead Council", "home care hour", ContactPurpose.REPAIR, 1,
                new PlannedContact.FromCount(function, 1000, "council returns", null));
    }

    private static List<String> fields(List<Refusal> refusals) {
        return refusals.stream().map(Refusal::field).toList();
    }

    @Test
    void shouldAcceptStatedAndDerivedCostsInOrder() {
        assertThat(JourneyRules.check(NOMINAL, List.of(stated(0, "110.00", "PSSRU"), derived(3, "10.2"),
                derived(3, "10")))).isEmpty();
    }

    @Test
    void shouldRefuseContactsOutOfOrderNamingTheContact() {
        List<Refusal> refusals = JourneyRules.check(NOMINAL, List.of(stated(5, "1.00", "s"), stated(2, "1.00", "s")));

        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("contacts[1].dayOffset");
            assertThat(r.message()).contains("previous contact's day (5)");
        });
    }

    @Test
    void shouldRefuseANegativeOrUnsourcedStatedCost() {
        assertThat(fields(JourneyRules.check(NOMINAL, List.of(stated(0, "-1.00", "s"), stated(0, "1.00", " ")))))
                .containsExactly("contacts[0].unitCost.amount", "contacts[1].unitCost.source");
    }

    @Test
    void shouldRefuseACountDerivedCostForAJourneyInAnotherYearsPrices() {
        JourneyTerms real2008 = terms(JourneyTheme.OLDER_PERSON_LEAVING_HOSPITAL, null,
                PriceBasis.real(FinancialYear.parse("2008-09")));
        JourneyTerms realSameYear = terms(JourneyTheme.OLDER_PERSON_LEAVING_HOSPITAL, null, PriceBasis.real(YEAR));

        assertThat(fields(JourneyRules.check(real2008, List.of(derived(0, "10.2")))))
                .containsExactly("contacts[0].unitCost");
        assertThat(JourneyRules.check(realSameYear, List.of(derived(0, "10.2")))).isEmpty();
    }

    @Test
    void shouldRefuseAFunctionTheClassificationCannotHave() {
        assertThat(fields(JourneyRules.check(NOMINAL, List.of(derived(0, "old age")))))
                .containsExactly("contacts[0].unitCost.function");
    }

    @Test
    void shouldRefuseNoContactsAndAnUndescribedOtherTheme() {
        assertThat(fields(JourneyRules.check(terms(JourneyTheme.OTHER, " ", PriceBasis.nominal()), List.of())))
                .containsExactly("description", "contacts");
    }
}
