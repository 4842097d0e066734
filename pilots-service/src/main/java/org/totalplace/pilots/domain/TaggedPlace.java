package org.totalplace.pilots.domain;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A pilot or a parallel place as the places directory and the similarity ranking see it: who, where, what tags. */
public record TaggedPlace(PlaceKind kind, UUID id, String code, String name, Region region, Set<String> tags) {

    public TaggedPlace {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        tags = Set.copyOf(new TreeSet<>(tags));
    }
}
