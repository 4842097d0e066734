package org.totalplace.spend.domain;

import java.util.Objects;

/**
 * The header of a redesign proposal: what it is, and the terms its flows are appraised on — the discount rate, the
 * price basis the flows are in, and the first financial year (year 0, not discounted).
 */
public record ProposalTerms(String title, String theme, String description, DiscountRate discountRate,
                            PriceBasis priceBasis, FinancialYear firstYear) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_THEME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    public ProposalTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(firstYear, "firstYear");
    }
}
