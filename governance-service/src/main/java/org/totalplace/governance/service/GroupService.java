package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.GroupCode;
import org.totalplace.governance.domain.GroupDetails;
import org.totalplace.governance.domain.GroupRules;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.GroupCreated;
import org.totalplace.governance.events.Outbox;

/** Changes to the governance groups: each is one transaction that also records its event in the outbox. */
@ApplicationScoped
public class GroupService {

    private final Outbox outbox;
    private final Clock clock;

    GroupService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Creates a group once the rules allow it; records {@code group-created}. */
    @Transactional
    public GovernanceGroup create(GroupCode code, GroupDetails details) {
        RuleDecision decision = GroupRules.checkCreate(details);
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
        if (GovernanceGroup.findByCode(code.value()).isPresent()) {
            throw codeTaken(code.value());
        }
        GovernanceGroup group = GovernanceGroup.create(code, details, clock.instant());
        group.persist();
        try {
            GovernanceGroup.flush();
        } catch (PersistenceException e) {
            throw UniqueCodes.conflictOrRethrow(e, code.value());
        }
        outbox.record(GroupCreated.TYPE, group.id(), GroupCreated.of(group));
        return group;
    }

    static ConflictException codeTaken(String code) {
        return new ConflictException("A governance group with the code '" + code + "' already exists",
                List.of(new Violation("code", "is already used by another group")));
    }
}
