package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    private static final List<String> HEADER = List.of("Strgrp(T)", "Cipfsubj(T)", "Cipfsubs(T)", "TransNo",
            "Sequence No", "Period", "Supplier id(T)", "Amount", "Updated");
    private static final ColumnMapping.Resolved GATESHEAD = new ColumnMapping("Amount", "Updated", null, "Period",
            "Supplier id(T)", List.of("Strgrp(T)", "Cipfsubj(T)", "Cipfsubs(T)"), List.of("TransNo", "Sequence No"))
            .resolve(HEADER);

    @Test
    void shouldReadAGatesheadRow() {
        var outcome = GATESHEAD.classify(List.of("Central Services", "Supplies and Services",
                "Printing, Stationery etc", "45112261", "2", "201106", "J R  SELBY COACHWORKS LTD", "513.00", "2011-09-05"));

        assertThat(outcome).isEqualTo(new ColumnMapping.Resolved.Accepted(new ColumnMapping.LedgerRow(
                new BigDecimal("513.00"), LocalDate.of(2011, 9, 5), "201106", "J R  SELBY COACHWORKS LTD",
                List.of("Central Services", "Supplies and Services", "Printing, Stationery etc"), "45112261/2")));
    }

    @Test
    void shouldSkipTheTotalLikeLastLineOfSeptember2011AndBlankRows() {
        assertThat(GATESHEAD.classify(List.of("", "", "", "", "", "", "", "13582630.77", "")))
                .isInstanceOf(ColumnMapping.Resolved.Total.class);
        assertThat(GATESHEAD.classify(List.of("", " ", "", "", "", "", "", "", "")))
                .isInstanceOf(ColumnMapping.Resolved.Blank.class);
        assertThat(GATESHEAD.classify(List.of("")))
                .as("an empty line").isInstanceOf(ColumnMapping.Resolved.Blank.class);
        assertThat(GATESHEAD.classify(List.of("TOTAL", "", "", "", "", "", "", "1.00", "")))
                .isInstanceOf(ColumnMapping.Resolved.Total.class);
    }

    @Test
    void shouldTreatTotalInTheSupplierColumnAsASupplier() {
        assertThat(GATESHEAD.classify(List.of("Central Services", "", "", "1", "2", "201106",
                "TOTAL PUMP SOLUTIONS LTD", "10.00", "2011-09-05"))).isInstanceOf(ColumnMapping.Resolved.Accepted.class);
    }

    @Test
    void shouldNameTheMappingFieldWhoseColumnIsMissing() {
        var mapping = new ColumnMapping("Amount", null, null, null, null, List.of("Strategic Group"), List.of());
        assertThatThrownBy(() -> mapping.resolve(HEADER))
                .isInstanceOfSatisfying(ColumnMapping.InvalidMappingException.class,
                        e -> assertThat(e.field()).isEqualTo("serviceLevels[0]"))
                .hasMessageContaining("'Strategic Group'");
    }

    @Test
    void shouldRefuseAMappingWithoutAmountOrWithAnUnknownDateFormat() {
        assertThatThrownBy(() -> new ColumnMapping(" ", null, null, null, null, null, null))
                .hasMessage("must name the column that holds the amount");
        assertThatThrownBy(() -> new ColumnMapping("Amount", "Updated", "MM/dd/yyyy", null, null, null, null))
                .isInstanceOfSatisfying(ColumnMapping.InvalidMappingException.class,
                        e -> assertThat(e.field()).isEqualTo("dateFormat"));
    }

    @Test
    void shouldReadUkDatesWhenTheMappingSaysSo() {
        var mapping = new ColumnMapping("Amount", "Date", "dd/MM/yyyy", null, null, null, null)
                .resolve(List.of("Amount", "Date"));
        var accepted = (ColumnMapping.Resolved.Accepted) mapping.classify(List.of("1.00", "05/09/2011"));
        assertThat(accepted.row().date()).isEqualTo(LocalDate.of(2011, 9, 5));
        assertThat(mapping.classify(List.of("1.00", "2011-09-05")))
                .isEqualTo(new ColumnMapping.Resolved.Rejected("Date", "date is not a date in the mapping's format"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "yyyy-MM-dd, 2011-09-05", "yyyy-MM-dd, 2012-02-29", "yyyy-MM-dd, 2011-02-29", "yyyy-MM-dd, 2011-13-01",
            "yyyy-MM-dd, 2011-00-10", "yyyy-MM-dd, 2011-04-31", "yyyy-MM-dd, 2011-9-05", "yyyy-MM-dd, 2011/09/05",
            "yyyy-MM-dd, 20110-9-05", "yyyy-MM-dd, 2011-09-5x", "yyyy-MM-dd, 0000-01-01", "yyyy-MM-dd, +2011-09-05",
            "dd/MM/yyyy, 05/09/2011", "dd/MM/yyyy, 31/06/2011", "dd/MM/yyyy, 05-09-2011", "dd/MM/yyyy, 5/9/2011",
            "dd-MM-yyyy, 05-09-2011", "dd-MM-yyyy, 29-02-2011", "dd.MM.yyyy, 05.09.2011", "dd.MM.yyyy, 05/09/2011"})
    void shouldReadDatesExactlyAsTheStrictFormatterDoes(String layout, String text) {
        var mapping = new ColumnMapping("Amount", "Date", layout, null, null, null, null)
                .resolve(List.of("Amount", "Date"));
        var formatter = DateTimeFormatter.ofPattern(layout.replace("yyyy", "uuuu"), Locale.UK)
                .withResolverStyle(ResolverStyle.STRICT);
        ColumnMapping.Resolved.Outcome expected;
        try {
            expected = new ColumnMapping.Resolved.Accepted(new ColumnMapping.LedgerRow(new BigDecimal("1.00"),
                    LocalDate.parse(text, formatter), null, null, List.of(), null));
        } catch (DateTimeParseException e) {
            expected = new ColumnMapping.Resolved.Rejected("Date", "date is not a date in the mapping's format");
        }

        assertThat(mapping.classify(List.of("1.00", text))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Total|true", "SUBTOTAL|true", "Sub-total for April|true", "grand totals|true", "TOTAL PUMP|true",
            "Totally Local|false", "Subtotalled|false", "tota l|false", "TOTA|false", "Stationery|false"})
    void shouldFindTotalAsAWordInAnyCase(String text, boolean total) {
        assertThat(ColumnMapping.Resolved.mentionsTotal(text)).isEqualTo(total);
        var mapping = new ColumnMapping("Amount", null, null, null, null, List.of("Group"), null)
                .resolve(List.of("Group", "Amount"));
        assertThat(mapping.classify(List.of(text, "12.00")) instanceof ColumnMapping.Resolved.Total).isEqualTo(total);
    }
}
