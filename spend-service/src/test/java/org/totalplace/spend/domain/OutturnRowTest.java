package org.totalplace.spend.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutturnRowTest {

    private static final List<String> HEADER = List.of("E-code", "Local authority", "Class", "Education services",
            "Police services");

    @Test
    void shouldReadABodysRowWithItsValuesInThousands() {
        OutturnRow row = OutturnRow.read(2, HEADER, List.of("E4501", "Gateshead", "MD", "146939", "-12"));

        assertThat(row).isEqualTo(new OutturnRow.Body(2, "E4501", "Gateshead", "MD",
                List.of(new BigDecimal("146939"), new BigDecimal("-12"))));
    }

    @Test
    void shouldRefuseATotalRowSoThatItsBodiesAreNotCountedTwice() {
        OutturnRow row = OutturnRow.read(446, HEADER, List.of("", "ENGLAND", "", "1", "2"));

        assertThat(row).isInstanceOf(OutturnRow.Rejected.class);
        assertThat(((OutturnRow.Rejected) row).column()).isEqualTo("E-code");
        assertThat(((OutturnRow.Rejected) row).reason()).contains("'ENGLAND' is a total of other rows");
    }

    @Test
    void shouldRefuseARowWithAValueThatIsNotANumberNamingTheColumn() {
        OutturnRow row = OutturnRow.read(9, HEADER, List.of("E4501", "Gateshead", "MD", "n/a", "0"));

        assertThat(row).isEqualTo(new OutturnRow.Rejected(9, "Education services", "'n/a' is not a number"));
    }
}
