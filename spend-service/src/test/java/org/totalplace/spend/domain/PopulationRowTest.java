package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationRowTest {

    private static final List<String> HEADER = List.of("year", "Dorset", "Bournemouth and Poole");

    @Test
    void shouldLoadARowAsOneFigurePerArea() {
        PopulationRow row = PopulationRow.read(2, HEADER, List.of("2009", "363567", "366948"));

        assertThat(row).isEqualTo(new PopulationRow.Loaded(2, 2009, List.of(
                new PopulationFigure("Dorset", 2009, 363567), new PopulationFigure("Bournemouth and Poole", 2009, 366948))));
    }

    @Test
    void shouldRejectARowWithTooFewFields() {
        assertThat(PopulationRow.read(3, HEADER, List.of("2010", "1")))
                .isEqualTo(new PopulationRow.Rejected(3, null, "has 2 fields; the header has 3"));
    }

    @Test
    void shouldRejectAYearThatIsNotAYear() {
        assertThat(PopulationRow.read(4, HEADER, List.of("2009-10", "1", "2")))
                .isEqualTo(new PopulationRow.Rejected(4, "year", "'2009-10' is not a year"));
    }

    @Test
    void shouldRejectTheWholeRowNamingTheFirstAreaWithoutAWholeNumber() {
        assertThat(PopulationRow.read(5, HEADER, List.of("2011", "", "2")))
                .isEqualTo(new PopulationRow.Rejected(5, "Dorset", "is blank"));
        assertThat(PopulationRow.read(6, HEADER, List.of("2011", "1", "366,948")))
                .isEqualTo(new PopulationRow.Rejected(6, "Bournemouth and Poole", "'366,948' is not a whole number of people"));
        assertThat(PopulationRow.read(7, HEADER, List.of("2011", "1", "-2")))
                .isInstanceOf(PopulationRow.Rejected.class);
    }

    @Test
    void shouldRefuseAHeaderWithoutYearFirstOrWithARepeatedArea() {
        assertThat(PopulationRow.headerProblem(HEADER)).isNull();
        assertThat(PopulationRow.headerProblem(List.of("Year", "Dorset"))).isEqualTo("the first column must be 'year'");
        assertThat(PopulationRow.headerProblem(List.of("year"))).isEqualTo("there is no area column");
        assertThat(PopulationRow.headerProblem(List.of("year", "Dorset", "Dorset")))
                .isEqualTo("the area column 'Dorset' appears twice");
        assertThat(PopulationRow.headerProblem(List.of("year", " "))).isEqualTo("an area column has no name");
    }
}
