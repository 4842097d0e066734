package org.totalplace.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.service.LibraryItems;

@Schema(name = "LibrarySearchHit", description = "One item found, with how well it matched")
public record LibrarySearchHitResponse(
        @Schema(description = "ts_rank_cd of the match (title counts most, then tags, then the body); higher first")
        double rank,
        @Schema(description = "Plain text from the (anonymised) title and body, the matched words between « and »")
        String snippet,
        LibraryItemResponse item) {

    static LibrarySearchHitResponse of(LibraryItems.Hit hit, boolean maySeeIdentities) {
        return new LibrarySearchHitResponse(hit.rank(), hit.snippet(), LibraryItemResponse.of(hit.item(),
                maySeeIdentities));
    }
}
