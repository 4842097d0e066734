package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.totalplace.governance.domain.PilotScope;
import org.totalplace.governance.domain.RaidItem;
import org.totalplace.governance.domain.RaidKind;
import org.totalplace.governance.domain.Rag;

/** Reads of the RAID log. */
@ApplicationScoped
public class RaidQueries {

    private final Clock clock;

    RaidQueries(Clock clock) {
        this.clock = clock;
    }

    public RaidItem require(String id) {
        return Ids.asUuid(id).map(uuid -> RaidItem.<RaidItem>findByIdOptional(uuid)).flatMap(found -> found)
                .orElseThrow(() -> new NotFoundException("No risk or issue has the id '" + id + "'"));
    }

    /**
     * One page of the log; {@code reviewDue} keeps only the open entries whose review date is on or before
     * today (by the clock). Programme-wide entries and those of the pilots in {@code pilots}. Ties in the sort
     * field are ordered by creation.
     */
    public Page<RaidItem> list(Optional<RaidKind> kind, Optional<Rag> rag, Optional<String> owner, boolean reviewDue,
                               PilotScope pilots, PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("createdAt").and("id");
        Optional<LocalDate> dueBy = reviewDue ? Optional.of(LocalDate.now(clock)) : Optional.empty();
        var query = RaidItem.listed(kind, rag, owner, dueBy, pilots, sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
