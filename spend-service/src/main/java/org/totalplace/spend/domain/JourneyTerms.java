package org.totalplace.spend.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * What a journey is, apart from its contacts: its name, theme, the financial year and price basis its costs are
 * in, and — for a redesigned journey — the journey it redesigns and, optionally, the redesign proposal it feeds.
 */
public record JourneyTerms(String name, JourneyTheme theme, String description, FinancialYear year,
                           PriceBasis priceBasis, UUID redesigns, UUID redesignProposalId) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    public JourneyTerms {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(priceBasis, "priceBasis");
    }

    /** Whether money of the year spent (as the count is) is money at this basis: nominal, or real at the year. */
    public boolean takesNominalMoneyOfItsYear() {
        return !priceBasis.isReal() || priceBasis.baseYear().equals(year);
    }
}
