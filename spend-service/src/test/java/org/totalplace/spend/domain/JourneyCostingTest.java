package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.spend.domain.JourneyExample.COUNCIL;
import static org.totalplace.spend.domain.JourneyExample.HOME_CARE_HOUR;
import static org.totalplace.spend.domain.JourneyExample.NHS;
import static org.totalplace.spend.domain.JourneyExample.TODAY;
import static org.totalplace.spend.domain.JourneyExample.council;
import static org.totalplace.spend.domain.JourneyExample.nhs;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JourneyCostingTest {

    @Test
    void shouldDeriveAUnitCostFromTheCountRoundedHalfEvenToThePenny() {
        // 24,000,000.00 ÷ 1,150,000 = 20.869565… → 20.87
        assertThat(HOME_CARE_HOUR.amount()).isEqualByComparingTo("20.87");
        assertThat(new CountDerivation("10.2", 1, new BigDecimal("10.00"), 8, "x").unitCost())
                .isEqualTo(new BigDecimal("1.25"));
        // 0.125 → 0.12 (half-even), 0.375 → 0.38
        assertThat(new CountDerivation("10", 1, new BigDecimal("1.00"), 8, "x").unitCost()).isEqualTo("0.12");
        assertThat(new CountDerivation("10", 1, new BigDecimal("3.00"), 8, "x").unitCost()).isEqualTo("0.38");
    }

    @Test
    void shouldCostTheWorkedJourneyExactlyByHand() {
        JourneyCosting costing = JourneyCosting.of(TODAY);

        // NHS:     110.00 + 12 × 250.00 + 110.00 + 8 × 250.00 + 36.00        = 5,256.00
        // council: 180.00 + 28 × 20.87 (584.36) + 180.00 + 28 × 20.87 (584.36) = 1,528.72
        // total:   5,256.00 + 1,528.72                                       = 6,784.72
        assertThat(costing.total()).isEqualTo(new BigDecimal("6784.72"));
        assertThat(costing.bodies()).extracting(JourneyCosting.BodyCost::bodyId).containsExactly(NHS, COUNCIL);
        assertThat(costing.bodies()).extracting(JourneyCosting.BodyCost::cost)
                .containsExactly(new BigDecimal("5256.00"), new BigDecimal("1528.72"));
        // 5,256.00 ÷ 6,784.72 = 0.774681… → 0.7747; 1,528.72 ÷ 6,784.72 = 0.225318… → 0.2253
        assertThat(costing.bodies()).extracting(JourneyCosting.BodyCost::share)
                .containsExactly(new BigDecimal("0.7747"), new BigDecimal("0.2253"));
        assertThat(costing.bodies()).extracting(JourneyCosting.BodyCost::contacts).containsExactly(5, 4);
    }

    @Test
    void shouldSplitRepairFromPreventionWithSharesToFourPlaces() {
        JourneyCosting costing = JourneyCosting.of(TODAY);

        // prevention: the GP medication review, 36.00; repair: 6,784.72 − 36.00 = 6,748.72
        assertThat(costing.prevention().amount()).isEqualTo(new BigDecimal("36.00"));
        assertThat(costing.repair().amount()).isEqualTo(new BigDecimal("6748.72"));
        // 36.00 ÷ 6,784.72 = 0.005306… → 0.0053; 6,748.72 ÷ 6,784.72 = 0.994693… → 0.9947
        assertThat(costing.prevention().share()).isEqualTo(new BigDecimal("0.0053"));
        assertThat(costing.repair().share()).isEqualTo(new BigDecimal("0.9947"));
    }

    @Test
    void shouldFlagARepeatOfTheSameBodyAndActivityWithinThirtyDays() {
        JourneyCosting costing = JourneyCosting.of(TODAY);

        assertThat(costing.duplicates()).extracting(JourneyCosting.Duplicate::index).containsExactly(4, 5, 6, 7);
        assertThat(costing.duplicates()).extracting(JourneyCosting.Duplicate::duplicateOf)
                .containsExactly(0, 1, 2, 3);
        assertThat(costing.duplicates()).extracting(JourneyCosting.Duplicate::daysAfter)
                .containsExactly(20, 20, 16, 16);
        // 110.00 + 2,000.00 + 180.00 + 584.36
        assertThat(costing.duplicatedCost()).isEqualTo(new BigDecimal("2874.36"));
    }

    @Test
    void shouldNotFlagARepeatAfterTheWindowNorAnotherBodyNorAnotherActivity() {
        List<JourneyContact> contacts = List.of(
                nhs(0, "A&E attendance", ContactPurpose.REPAIR, 1, "110.00"),
                nhs(31, "A&E attendance", ContactPurpose.REPAIR, 1, "110.00"),
                council(31, "A&E attendance", ContactPurpose.REPAIR, 1, HOME_CARE_HOUR),
                nhs(40, "GP appointment", ContactPurpose.REPAIR, 1, "36.00"),
                nhs(61, "  a&e   ATTENDANCE ", ContactPurpose.REPAIR, 1, "110.00"));

        JourneyCosting costing = JourneyCosting.of(contacts);

        // day 31 is 31 days after day 0: outside the window; day 61 is 30 days after day 31: inside, and the
        // activity matches ignoring case and spacing
        assertThat(costing.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.index()).isEqualTo(4);
            assertThat(d.duplicateOf()).isEqualTo(1);
            assertThat(d.daysAfter()).isEqualTo(30);
        });
    }

    @Test
    void shouldGiveZeroSharesForAJourneyCostingNothing() {
        JourneyCosting costing = JourneyCosting.of(List.of(nhs(0, "leaflet", ContactPurpose.PREVENTION, 1, "0.00")));

        assertThat(costing.total()).isEqualTo(new BigDecimal("0.00"));
        assertThat(costing.prevention().share()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(costing.bodies().get(0).share()).isEqualTo(new BigDecimal("0.0000"));
    }
}
