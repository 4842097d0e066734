package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PlaceTags;

/** The whole set of a pilot's tags ({@code PUT}); an empty list removes them all. */
@Schema(name = "TagsRequest")
public record PilotTagsRequest(
        @Schema(description = "What the pilot works on: free text, kept as lowercase slugs (\"Older people\" → "
                + "older-people), each once, sorted", example = "[\"older-people\", \"health\", \"housing\"]")
        @NotNull @Size(max = PlaceTags.MAX_TAGS)
        List<@NotBlank @Size(max = 200) String> tags) {
}
