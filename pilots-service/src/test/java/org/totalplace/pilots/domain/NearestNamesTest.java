package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearestNamesTest {

    private final Map<String, List<String>> places = new LinkedHashMap<>();

    {
        places.put("BOL", List.of("Bolton", "Bolton Metropolitan Borough Council"));
        places.put("BUR", List.of("Bury"));
        places.put("CBF", List.of("Central Bedfordshire"));
        places.put("BDF", List.of("Bedford"));
        places.put("HEF", List.of("Herefordshire"));
        places.put("NET", List.of("Newcastle upon Tyne"));
        places.put("NEC", List.of("Newcastle-under-Lyme"));
    }

    @Test
    void shouldOfferTheNameWithinAFewTypingErrors() {
        assertThat(NearestNames.rank("Bolten", places, 5)).containsExactly("BOL");
    }

    @Test
    void shouldRankNamesBeginningWithTheGivenWordsFirst() {
        assertThat(NearestNames.rank("Newcastle", places, 5)).containsExactly("NET", "NEC");
    }

    @Test
    void shouldPreferANameContainingTheGivenWordsToOneThatMerelyLooksAlike() {
        assertThat(NearestNames.rank("Bedfordshire", places, 5)).startsWith("CBF").contains("HEF").doesNotContain("BOL");
    }

    @Test
    void shouldOfferNothingForAnUnrelatedName() {
        assertThat(NearestNames.rank("Cornwall", places, 5)).isEmpty();
    }

    @Test
    void shouldOfferNoMoreThanTheLimit() {
        assertThat(NearestNames.rank("B", Map.of("A", List.of("B a"), "B", List.of("B b"), "C", List.of("B c")), 2)).hasSize(2);
    }

    @Test
    void shouldCountTypingErrorsAsSingleCharacterEdits() {
        assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestNames.distance("", "abc")).isEqualTo(3);
        assertThat(NearestNames.distance("bury", "bury")).isZero();
    }
}
