package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.totalplace.pilots.domain.ParallelPlace;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.SimilarPlaces;
import org.totalplace.pilots.domain.TaggedPlace;

/**
 * The places directory: the pilots and the parallel places together, for linking up places doing similar work.
 * Pilot and parallel place codes never clash, so a code names one place. Both registers are small (tens of places),
 * so the directory is read whole and filtered, ranked and paged in memory.
 */
@ApplicationScoped
public class PlaceQueries {

    /** The place with this code (any case), pilot or parallel place. */
    public Optional<TaggedPlace> find(String code) {
        return Pilot.findByCode(code).map(Pilot::tagged)
                .or(() -> ParallelPlace.findByCode(code).map(ParallelPlace::tagged));
    }

    public TaggedPlace require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No pilot or parallel place has the code '" + code + "'"));
    }

    /** One page of the places with {@code tag} (every place when empty), by code. */
    public Page<TaggedPlace> list(Optional<String> tag, PageRequest request) {
        List<TaggedPlace> places = directory().stream()
                .filter(place -> tag.map(place.tags()::contains).orElse(true))
                .sorted(Comparator.comparing(TaggedPlace::code))
                .toList();
        return page(places, request);
    }

    /** The other places sharing a tag with the place of {@code code}, most similar first. */
    public Page<SimilarPlaces.Match> similarTo(String code, PageRequest request) {
        TaggedPlace to = require(code);
        return page(SimilarPlaces.rank(to, directory()), request);
    }

    private static List<TaggedPlace> directory() {
        List<TaggedPlace> places = new ArrayList<>();
        Pilot.<Pilot>listAll().forEach(pilot -> places.add(pilot.tagged()));
        ParallelPlace.<ParallelPlace>listAll().forEach(parallel -> places.add(parallel.tagged()));
        return places;
    }

    private static <T> Page<T> page(List<T> all, PageRequest request) {
        long from = Math.min((long) request.page() * request.size(), all.size());
        long to = Math.min(from + request.size(), all.size());
        return new Page<>(all.subList((int) from, (int) to), all.size());
    }
}
