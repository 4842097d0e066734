package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.ActionItem;
import org.totalplace.governance.domain.ActionStatus;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.PilotScope;

/** Reads of the actions meetings gave. */
@ApplicationScoped
public class ActionQueries {

    private final GroupQueries groups;

    ActionQueries(GroupQueries groups) {
        this.groups = groups;
    }

    public ActionItem require(UUID id) {
        return ActionItem.<ActionItem>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No action has the id '" + id + "'"));
    }

    /**
     * One page of actions, optionally of one group (id or code), one status and one owner (ignoring case). A
     * group that does not exist has no actions: the page is empty. Actions of pilot boards only for the pilots in
     * {@code boards}.
     */
    public Page<ActionItem> list(Optional<String> groupIdOrCode, Optional<ActionStatus> status, Optional<String> owner,
                                 PilotScope boards, PageRequest request) {
        Optional<UUID> groupId = Optional.empty();
        if (groupIdOrCode.isPresent()) {
            Optional<GovernanceGroup> group = groups.find(groupIdOrCode.get().strip());
            if (group.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            groupId = group.map(GovernanceGroup::id);
        }
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("createdAt").and("id");
        var query = ActionItem.listed(groupId, status, owner, boards, sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
