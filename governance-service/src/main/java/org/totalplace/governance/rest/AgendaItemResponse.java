package org.totalplace.governance.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.AgendaItemKind;

/**
 * One item of a meeting's agenda, numbered from 1; {@code barrierId} only on BARRIER items, {@code actionId} only on
 * MATTERS_ARISING ones. {@code paperId} (added by the papers slice) is the paper the item is taken with, set with
 * PUT /meetings/{id}/agenda/{itemId}/paper.
 */
@Schema(name = "AgendaItem")
public record AgendaItemResponse(UUID id, int position, AgendaItemKind kind, String title,
                                 @Schema(nullable = true) String presenter,
                                 @Schema(nullable = true) Integer minutesAllotted,
                                 @Schema(nullable = true) UUID barrierId,
                                 @Schema(nullable = true, description = "The open action a MATTERS_ARISING item reports on")
                                 UUID actionId,
                                 @Schema(nullable = true, description = "The paper the item is taken with") UUID paperId) {

    static AgendaItemResponse of(AgendaItem item) {
        return new AgendaItemResponse(item.id(), item.position(), item.kind(), item.title(), item.presenter(),
                item.minutesAllotted(), item.barrierId(), item.actionId(), item.paperId());
    }
}
