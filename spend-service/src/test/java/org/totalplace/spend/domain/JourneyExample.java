package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The worked example of docs/spend-journeys.md as domain objects: Mrs A, 84, falls at home in Gateshead, is admitted,
 * discharged with home care and readmitted within three weeks (today); and the same journey redesigned with early
 * supported discharge, reablement and a fire-and-falls safety check. Unit costs are illustrative; the council's home
 * care hour is derived from a counted £24,000,000.00 in function 10.2 over 1,150,000 hours = £20.87 (half-even).
 */
final class JourneyExample {

    static final UUID NHS = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID COUNCIL = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID FIRE = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final String NHS_NAME = "NHS South of Tyne and Wear";
    static final String COUNCIL_NAME = "Gateshead Council";
    static final String FIRE_NAME = "Tyne and Wear Fire and Rescue Service";

    static final UnitCost HOME_CARE_HOUR = UnitCost.derived(new CountDerivation("10.2", 1,
            new BigDecimal("24000000.00"), 1_150_000, "Illustrative: home care hours the council paid for"));

    static final List<JourneyContact> TODAY = List.of(
            nhs(0, "A&E attendance", ContactPurpose.REPAIR, 1, "110.00"),
            nhs(0, "hospital bed day", ContactPurpose.REPAIR, 12, "250.00"),
            council(12, "social worker assessment", ContactPurpose.REPAIR, 1, stated("180.00")),
            council(12, "home care hour", ContactPurpose.REPAIR, 28, HOME_CARE_HOUR),
            nhs(20, "A&E attendance", ContactPurpose.REPAIR, 1, "110.00"),
            nhs(20, "hospital bed day", ContactPurpose.REPAIR, 8, "250.00"),
            council(28, "social worker assessment", ContactPurpose.REPAIR, 1, stated("180.00")),
            council(28, "home care hour", ContactPurpose.REPAIR, 28, HOME_CARE_HOUR),
            nhs(45, "GP medication review", ContactPurpose.PREVENTION, 1, "36.00"));

    static final List<JourneyContact> REDESIGNED = List.of(
            nhs(0, "A&E attendance", ContactPurpose.REPAIR, 1, "110.00"),
            nhs(0, "hospital bed day", ContactPurpose.REPAIR, 7, "250.00"),
            council(7, "reablement hour", ContactPurpose.PREVENTION, 40, stated("25.00")),
            council(7, "social worker assessment", ContactPurpose.REPAIR, 1, stated("180.00")),
            new JourneyContact(10, FIRE, FIRE_NAME, "home fire and falls safety check", ContactPurpose.PREVENTION, 1,
                    stated("60.00")),
            council(14, "home care hour", ContactPurpose.REPAIR, 28, HOME_CARE_HOUR),
            nhs(45, "GP medication review", ContactPurpose.PREVENTION, 1, "36.00"));

    private JourneyExample() {
    }

    static UnitCost stated(String amount) {
        return UnitCost.stated(new BigDecimal(amount), "Illustrative unit cost for the worked example");
    }

    static JourneyContact nhs(int day, String activity, ContactPurpose purpose, int quantity, String unitCost) {
        return new JourneyContact(day, NHS, NHS_NAME, activity, purpose, quantity, stated(unitCost));
    }

    static JourneyContact council(int day, String activity, ContactPurpose purpose, int quantity, UnitCost unitCost) {
        return new JourneyContact(day, COUNCIL, COUNCIL_NAME, activity, purpose, quantity, unitCost);
    }
}
