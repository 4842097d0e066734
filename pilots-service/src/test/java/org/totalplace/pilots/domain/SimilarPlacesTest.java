package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The ranking of "places doing similar work". Expectations are Jaccard fractions worked by hand:
 * |A ∩ B| / |A ∪ B|, with |A ∪ B| = |A| + |B| − |A ∩ B|.
 */
class SimilarPlacesTest {

    private static final TaggedPlace LEWISHAM = pilot("lewisham", "reoffending", "work-and-skills", "young-people");

    @Test
    void shouldScoreTheJaccardSimilarityOfTwoTagSets() {
        // shared {reoffending, young-people} = 2; union 3 + 5 − 2 = 6; 2/6 = 0.3333
        Similarity similarity = Similarity.of(LEWISHAM.tags(),
                Set.of("young-people", "leaving-care", "reoffending", "older-people", "independence"));

        assertThat(similarity.shared()).isEqualTo(2);
        assertThat(similarity.union()).isEqualTo(6);
        assertThat(similarity.score()).isEqualByComparingTo(new BigDecimal("0.3333"));
    }

    @Test
    void shouldScoreTwoPlacesWithoutTagsAsNothingShared() {
        assertThat(Similarity.of(Set.of(), Set.of()).score()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void shouldRankPlacesSharingMoreTagsFirst() {
        TaggedPlace bradford = pilot("bradford", "young-people", "leaving-care", "reoffending", "older-people",
                "independence");                                                 // 2/6 = 1/3
        TaggedPlace worcestershire = pilot("worcestershire", "obesity", "reoffending", "road-safety",
                "families-with-complex-needs");                                  // 1/6
        TaggedPlace parallel = parallel("a-parallel-place", "reoffending", "work-and-skills"); // 2/3
        TaggedPlace oneTag = parallel("another-parallel-place", "reoffending"); // 1/3, but shares only 1
        TaggedPlace croydon = pilot("croydon", "under-fives", "children");      // shares nothing

        List<SimilarPlaces.Match> ranking = SimilarPlaces.rank(LEWISHAM,
                List.of(croydon, worcestershire, oneTag, bradford, parallel, LEWISHAM));

        assertThat(ranking).extracting(match -> match.place().code())
                .containsExactly("a-parallel-place", "bradford", "another-parallel-place", "worcestershire");
        assertThat(ranking).extracting(match -> match.similarity().score().toPlainString())
                .containsExactly("0.6667", "0.3333", "0.3333", "0.1667");
        assertThat(ranking.get(1).sharedTags()).containsExactly("reoffending", "young-people");
        assertThat(ranking.get(0).place().kind()).isEqualTo(PlaceKind.PARALLEL_PLACE);
    }

    @Test
    void shouldBreakAFullTieByCode() {
        TaggedPlace kent = pilot("kent", "reoffending");
        TaggedPlace durham = pilot("durham", "reoffending");

        assertThat(SimilarPlaces.rank(LEWISHAM, List.of(kent, durham))).extracting(match -> match.place().code())
                .containsExactly("durham", "kent");
    }

    @Test
    void shouldCompareFractionsExactlyNotTheirRoundedScores() {
        // 1/3 and 2/6 are equal; 3333/10000 would round to the same 0.3333 but is smaller
        assertThat(new Similarity(1, 3)).isEqualByComparingTo(new Similarity(2, 6));
        assertThat(new Similarity(3333, 10000)).isLessThan(new Similarity(1, 3));
    }

    @Test
    void shouldLeaveOutThePlaceItselfWhenAParallelPlaceSharesItsTags() {
        TaggedPlace twin = new TaggedPlace(PlaceKind.PARALLEL_PLACE, LEWISHAM.id(), "twin", "Twin", Region.LONDON,
                LEWISHAM.tags());

        assertThat(SimilarPlaces.rank(LEWISHAM, List.of(LEWISHAM, twin))).extracting(match -> match.place().code())
                .containsExactly("twin");
    }

    private static TaggedPlace pilot(String code, String... tags) {
        return new TaggedPlace(PlaceKind.PILOT, UUID.randomUUID(), code, code, Region.LONDON, Set.of(tags));
    }

    private static TaggedPlace parallel(String code, String... tags) {
        return new TaggedPlace(PlaceKind.PARALLEL_PLACE, UUID.randomUUID(), code, code, Region.NORTH_WEST, Set.of(tags));
    }
}
