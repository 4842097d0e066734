package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Older people|older-people",
            "  Under fives  |under-fives",
            "Families with complex needs|families-with-complex-needs",
            "REOFFENDING|reoffending",
            "Health, housing & crime|health-housing-crime",
            "--under-5s--|under-5s",
            "Café culture|cafe-culture"})
    void shouldMakeALowercaseSlugOfFreeText(String text, String slug) {
        assertThat(PlaceTags.slug(text)).isEqualTo(slug);
    }

    @Test
    void shouldKeepEachTagOnceSortedWhateverItsSpelling() {
        assertThat(PlaceTags.normalise(List.of("Under fives", "older-people", "Older People", "under-fives")))
                .containsExactly("older-people", "under-fives");
    }

    @Test
    void shouldReadNoTagsAsAnEmptySet() {
        assertThat(PlaceTags.normalise(null)).isEmpty();
    }

    @Test
    void shouldRejectATagWithNothingToMakeASlugOfNamingItsIndex() {
        List<RuleDecision> rejections = PlaceTags.check(List.of("older-people", "&&", "health"));

        assertThat(rejections).singleElement().satisfies(rejection -> {
            assertThat(rejection.field()).isEqualTo("tags[1]");
            assertThat(rejection.reason()).contains("'&&'");
        });
    }

    @Test
    void shouldRejectATagLongerThanSixtyCharactersAsASlug() {
        char[] letters = new char[61];
        Arrays.fill(letters, 'a');

        assertThat(PlaceTags.check(List.of(new String(letters)))).singleElement()
                .satisfies(rejection -> assertThat(rejection.reason()).contains("at most 60"));
        assertThat(PlaceTags.check(List.of(new String(letters, 0, 60)))).isEmpty();
    }
}
