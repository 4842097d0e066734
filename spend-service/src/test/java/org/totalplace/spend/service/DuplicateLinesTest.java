package org.totalplace.spend.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateLinesTest {

    private final RowDigest digests = new RowDigest();

    @Test
    void shouldPointEachRepeatAtTheFirstLineWithTheSameFields() {
        DuplicateLines duplicates = new DuplicateLines(100);
        duplicates.add(2, digests.of(List.of("a", "1.00")));
        duplicates.add(3, digests.of(List.of("b", "1.00")));
        duplicates.add(4, digests.of(List.of("a", "1.00")));
        duplicates.add(5, digests.of(List.of("a", "1.00")));
        duplicates.add(6, digests.of(List.of("b", "1.00")));

        assertThat(duplicates.count()).isEqualTo(3);
        assertThat(duplicates.listed()).containsExactly(new ImportReport.Duplicate(4, 2),
                new ImportReport.Duplicate(5, 2), new ImportReport.Duplicate(6, 3));
    }

    @Test
    void shouldTellFieldsApartEvenWhenTheirTextJoinsUpTheSame() {
        DuplicateLines duplicates = new DuplicateLines(100);
        duplicates.add(2, digests.of(List.of("ab", "c")));
        duplicates.add(3, digests.of(List.of("a", "bc")));

        assertThat(duplicates.count()).isZero();
    }

    @Test
    void shouldCountEveryRepeatButListOnlyTheFirstOnes() {
        DuplicateLines duplicates = new DuplicateLines(2);
        for (int line = 2; line < 12; line++) {
            duplicates.add(line, digests.of(List.of("same")));
        }

        assertThat(duplicates.count()).isEqualTo(9);
        assertThat(duplicates.listed()).containsExactly(new ImportReport.Duplicate(3, 2), new ImportReport.Duplicate(4, 2));
    }

    @Test
    void shouldAgreeWithAPlainMapOverManyLinesAsTheTableGrows() {
        Random random = new Random(42);
        DuplicateLines duplicates = new DuplicateLines(1_000_000);
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportReport.Duplicate> expected = new ArrayList<>();
        for (int line = 2; line < 60_000; line++) {
            String value = Integer.toString(random.nextInt(40_000));
            Integer first = firstLine.putIfAbsent(value, line);
            if (first != null) {
                expected.add(new ImportReport.Duplicate(line, first));
            }
            duplicates.add(line, digests.of(List.of(value)));
        }

        assertThat(duplicates.count()).isEqualTo(expected.size());
        assertThat(duplicates.listed()).isEqualTo(expected);
    }
}
