package org.totalplace.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyNamesTest {

    private static final String DCSF = "Department for Children, Schools and Families";
    private static final String DFE = "Department for Education";
    private static final LocalDate RENAMED_ON = LocalDate.of(2010, 5, 12);

    @Test
    void shouldEndTheFormerNameTheDayBeforeARenameAndStartTheNewOne() {
        List<BodyName> names = BodyNames.renamed(List.of(BodyName.of(DCSF, null, null)), DFE, RENAMED_ON);

        assertThat(names).extracting(BodyName::name, BodyName::from, BodyName::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DCSF, null, LocalDate.of(2010, 5, 11)),
                org.assertj.core.groups.Tuple.tuple(DFE, RENAMED_ON, null));
    }

    @Test
    void shouldGiveTheNameBorneOnADay() {
        List<BodyName> names = BodyNames.renamed(List.of(BodyName.of(DCSF, null, null)), DFE, RENAMED_ON);

        assertThat(BodyNames.nameOn(names, LocalDate.of(2009, 11, 2))).isEqualTo(DCSF);
        assertThat(BodyNames.nameOn(names, LocalDate.of(2010, 5, 11))).isEqualTo(DCSF);
        assertThat(BodyNames.nameOn(names, RENAMED_ON)).isEqualTo(DFE);
        assertThat(BodyNames.renamedOnOrBefore(names, LocalDate.of(2010, 5, 11))).isEmpty();
        assertThat(BodyNames.renamedOnOrBefore(names, LocalDate.of(2011, 1, 1))).contains(RENAMED_ON);
    }

    @Test
    void shouldChangeNothingWhenTheSameRenameArrivesAgain() {
        List<BodyName> once = BodyNames.renamed(List.of(BodyName.of(DCSF, null, null)), DFE, RENAMED_ON);

        assertThat(BodyNames.renamed(once, DFE, RENAMED_ON)).hasSize(2);
    }

    @Test
    void shouldCorrectTheCurrentNameWithoutAddingAPeriod() {
        List<BodyName> names = BodyNames.corrected(List.of(BodyName.of("Govt Office North East", null, null)),
                "Government Office for the North East");

        assertThat(names).extracting(BodyName::name).containsExactly("Government Office for the North East");
    }
}
