package org.totalplace.pilots.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PlaceKind;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.domain.TaggedPlace;

/** A place in the places directory: a pilot or a parallel place, with its tags. */
@Schema(name = "Place")
public record PlaceResponse(PlaceKind kind, UUID id, String code, String name, @Schema(ref = "Region") Region region,
                            List<String> tags) {

    static PlaceResponse of(TaggedPlace place) {
        return new PlaceResponse(place.kind(), place.id(), place.code(), place.name(), place.region(),
                place.tags().stream().sorted().toList());
    }
}
