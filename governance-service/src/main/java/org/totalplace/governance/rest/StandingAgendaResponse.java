package org.totalplace.governance.rest;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.StandingAgendaItem;
import org.totalplace.governance.service.StandingAgendaService.StandingAgenda;

/** A group's standing agenda in order; {@code version} is its ETag, separate from the group's own. */
@Schema(name = "StandingAgenda")
public record StandingAgendaResponse(UUID groupId, String groupCode, List<Item> items, long version) {

    static StandingAgendaResponse of(StandingAgenda agenda) {
        return new StandingAgendaResponse(agenda.group().id(), agenda.group().code(),
                agenda.items().stream().map(Item::of).toList(), agenda.group().standingAgendaVersion());
    }

    @Schema(name = "StandingAgendaItem")
    public record Item(int position, String title, @Schema(nullable = true) Integer minutesAllotted) {

        static Item of(StandingAgendaItem item) {
            return new Item(item.position(), item.title(), item.minutesAllotted());
        }
    }
}
