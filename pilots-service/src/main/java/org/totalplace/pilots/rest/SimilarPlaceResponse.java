package org.totalplace.pilots.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PlaceKind;
import org.totalplace.pilots.domain.Region;
import org.totalplace.pilots.domain.SimilarPlaces;
import org.totalplace.pilots.domain.TaggedPlace;

/** Another place doing similar work: its Jaccard similarity to the place asked about and the tags they share. */
@Schema(name = "SimilarPlace")
public record SimilarPlaceResponse(PlaceKind kind, UUID id, String code, String name,
                                   @Schema(ref = "Region") Region region,
                                   @Schema(type = SchemaType.NUMBER, description = "Shared tags over all tags of the "
                                           + "two places (Jaccard), rounded half up to 4 places", example = "0.5")
                                   BigDecimal score,
                                   @Schema(example = "[\"older-people\"]") List<String> sharedTags,
                                   List<String> tags) {

    static SimilarPlaceResponse of(SimilarPlaces.Match match) {
        TaggedPlace place = match.place();
        return new SimilarPlaceResponse(place.kind(), place.id(), place.code(), place.name(), place.region(),
                match.similarity().score(), match.sharedTags(), place.tags().stream().sorted().toList());
    }
}
