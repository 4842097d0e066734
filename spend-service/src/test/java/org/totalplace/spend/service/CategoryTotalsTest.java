package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.domain.ColumnMapping.LedgerRow;
import org.totalplace.spend.service.CategoryTotals.Category;
import org.totalplace.spend.service.CategoryTotals.Total;

class CategoryTotalsTest {

    @Test
    void shouldSumAmountsAndCountLinesPerServiceLevelsAndSupplier() {
        CategoryTotals totals = new CategoryTotals();
        totals.add(row("10.00", "ACME LTD", "Care", "Adults", "Homes"));
        totals.add(row("-2.50", "ACME LTD", "Care", "Adults", "Homes"));
        totals.add(row("7.25", "OTHER LTD", "Care", "Adults", "Homes"));
        totals.add(row("1.00", "ACME LTD", "Care", "Children", "Homes"));

        assertThat(totals.totals()).containsExactlyInAnyOrder(
                new Total(new Category("Care", "Adults", "Homes", "ACME LTD"), new BigDecimal("7.50"), 2),
                new Total(new Category("Care", "Adults", "Homes", "OTHER LTD"), new BigDecimal("7.25"), 1),
                new Total(new Category("Care", "Children", "Homes", "ACME LTD"), new BigDecimal("1.00"), 1));
    }

    @Test
    void shouldKeepMissingLevelsAndSupplierAsACategoryOfTheirOwnApartFromEmptyText() {
        CategoryTotals totals = new CategoryTotals();
        totals.add(row("1.00", null, "Care"));
        totals.add(row("2.00", null, "Care"));
        totals.add(row("4.00", "", "Care", ""));

        assertThat(totals.totals()).containsExactlyInAnyOrder(
                new Total(new Category("Care", null, null, null), new BigDecimal("3.00"), 2),
                new Total(new Category("Care", "", null, ""), new BigDecimal("4.00"), 1));
    }

    @Test
    void shouldKeepCategoriesApartWhoseTextsRunTogetherTheSameWay() {
        CategoryTotals totals = new CategoryTotals();
        totals.add(row("1.00", "-", "ab", "c"));
        totals.add(row("2.00", "-", "a", "bc"));
        totals.add(row("4.00", null, "1:a", "-"));
        totals.add(row("8.00", "-", "1:a"));
        totals.add(row("16.00", "1:-", "a"));

        assertThat(totals.totals()).containsExactlyInAnyOrder(
                new Total(new Category("ab", "c", null, "-"), new BigDecimal("1.00"), 1),
                new Total(new Category("a", "bc", null, "-"), new BigDecimal("2.00"), 1),
                new Total(new Category("1:a", "-", null, null), new BigDecimal("4.00"), 1),
                new Total(new Category("1:a", null, null, "-"), new BigDecimal("8.00"), 1),
                new Total(new Category("a", null, null, "1:-"), new BigDecimal("16.00"), 1));
    }

    @Test
    void shouldHaveNoTotalsWithoutLines() {
        assertThat(new CategoryTotals().totals()).isEmpty();
    }

    private static LedgerRow row(String amount, String supplier, String... levels) {
        return new LedgerRow(new BigDecimal(amount), null, null, supplier, List.of(levels), null);
    }
}
