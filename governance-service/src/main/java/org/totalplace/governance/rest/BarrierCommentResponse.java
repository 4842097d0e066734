package org.totalplace.governance.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.BarrierComment;

/** A comment on a barrier, with who wrote it (their token's subject) and when. */
@Schema(name = "BarrierComment")
public record BarrierCommentResponse(UUID id, UUID barrierId,
                                     @Schema(description = "The commenter's token subject", example = "go-officer-london")
                                     String author,
                                     String text,
                                     Instant at) {

    static BarrierCommentResponse of(BarrierComment comment) {
        return new BarrierCommentResponse(comment.id(), comment.barrierId(), comment.author(), comment.text(),
                comment.at());
    }
}
