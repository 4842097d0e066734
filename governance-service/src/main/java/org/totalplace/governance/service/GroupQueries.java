package org.totalplace.governance.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupKind;
import org.totalplace.governance.domain.PilotScope;

/** Reads of the governance groups. */
@ApplicationScoped
public class GroupQueries {

    /** A group by its id or by its code (codes are lowercase; {@code Officials-Group} finds {@code officials-group}). */
    public GovernanceGroup require(String idOrCode) {
        return find(idOrCode).orElseThrow(
                () -> new NotFoundException("No governance group has the id or code '" + idOrCode + "'"));
    }

    public Optional<GovernanceGroup> find(String idOrCode) {
        return asUuid(idOrCode).map(id -> GovernanceGroup.<GovernanceGroup>findByIdOptional(id))
                .orElseGet(() -> GovernanceGroup.findByCode(idOrCode));
    }

    /**
     * One page of groups, optionally of one kind and/or one pilot: the programme-wide ones and the boards of the
     * pilots in {@code boards}. Ties in the sort field are ordered by code.
     */
    public Page<GovernanceGroup> list(Optional<GroupKind> kind, Optional<UUID> pilotId, PilotScope boards,
                                      PageRequest request) {
        Sort sort = Sort.by(request.sortField(), request.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending);
        if (!"code".equals(request.sortField())) {
            sort = sort.and("code");
        }
        var query = GovernanceGroup.listed(kind, pilotId, boards, sort);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }

    private static Optional<UUID> asUuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
