package org.totalplace.pilots.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * "Places doing similar work": the other places ranked by the Jaccard similarity of their tags to one place's,
 * most similar first; ties go to the place sharing more tags, then to the code in alphabetical order. A place that
 * shares no tag is not doing similar work and is left out. Pure: no I/O, no framework.
 */
public final class SimilarPlaces {

    private static final Comparator<Match> RANKING = Comparator.comparing(Match::similarity).reversed()
            .thenComparing(Comparator.comparingInt((Match match) -> match.similarity().shared()).reversed())
            .thenComparing(match -> match.place().code());

    private SimilarPlaces() {
    }

    /** One place in the ranking: how similar, and which tags it shares with the place compared to. */
    public record Match(TaggedPlace place, Similarity similarity, List<String> sharedTags) {
    }

    /** Every place of {@code others} but {@code to} itself that shares a tag with it, best first. */
    public static List<Match> rank(TaggedPlace to, Collection<TaggedPlace> others) {
        return others.stream()
                .filter(other -> !(other.kind() == to.kind() && other.id().equals(to.id())))
                .map(other -> new Match(other, Similarity.of(to.tags(), other.tags()), shared(to, other)))
                .filter(match -> match.similarity().shared() > 0)
                .sorted(RANKING)
                .toList();
    }

    private static List<String> shared(TaggedPlace a, TaggedPlace b) {
        TreeSet<String> shared = new TreeSet<>(a.tags());
        shared.retainAll(b.tags());
        return List.copyOf(shared);
    }
}
