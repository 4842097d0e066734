package org.totalplace.governance.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Membership;
import org.totalplace.governance.domain.MembershipRules;
import org.totalplace.governance.domain.MembershipTerms;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.MembershipEvent;
import org.totalplace.governance.events.Outbox;

/** Memberships of governance groups starting and ending; each change is one transaction with its event. */
@ApplicationScoped
public class MembershipService {

    private final GroupQueries groups;
    private final Outbox outbox;
    private final Clock clock;

    MembershipService(GroupQueries groups, Outbox outbox, Clock clock) {
        this.groups = groups;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Starts a membership once the rules allow it; records {@code membership-started}, keyed by the group. */
    @Transactional
    public Membership start(String groupIdOrCode, MembershipTerms terms) {
        GovernanceGroup group = lockForChange(groups.require(groupIdOrCode));
        return start(group, terms);
    }

    /** As {@link #start(String, MembershipTerms)}, for a group the caller already holds in this transaction. */
    @Transactional
    public Membership start(GovernanceGroup group, MembershipTerms terms) {
        ruleViolation(MembershipRules.checkHolder(terms));
        ruleViolation(MembershipRules.checkEnd(terms.from(), terms.to()));
        List<Membership> onTheGroup = Membership.allOf(group);
        ruleViolation(MembershipRules.checkAlternate(terms, Optional.ofNullable(terms.alternateFor())
                .flatMap(id -> onTheGroup.stream().filter(m -> m.id().equals(id)).findFirst())
                .map(Membership::held)));
        Refusals.conflictIfRejected(MembershipRules.checkOneChair(terms, onTheGroup.stream().map(Membership::held).toList()));
        Membership membership = Membership.start(group, terms, clock.instant());
        membership.persist();
        flush();
        outbox.record(MembershipEvent.STARTED, group.id(), MembershipEvent.of(group, membership));
        return membership;
    }

    /**
     * Ends the membership on {@code to}, its last day; it stays in the group's history.
     *
     * @param expected the version the client read, when it sent If-Match
     */
    @Transactional
    public Membership end(String groupIdOrCode, UUID membershipId, Optional<ExpectedVersion> expected, LocalDate to) {
        GovernanceGroup group = lockForChange(groups.require(groupIdOrCode));
        Membership membership = MembershipQueries.require(group, membershipId);
        expected.ifPresent(version -> version.check(membership.version()));
        if (!membership.tenure().isOpen()) {
            String reason = "already ended on " + membership.tenure().to() + "; an ended membership stays as it was";
            throw new ConflictException("The membership of " + membership.holder() + " " + reason,
                    List.of(new Violation(MembershipRules.TO, reason)));
        }
        ruleViolation(MembershipRules.checkEnd(membership.tenure().from(), to));
        Refusals.conflictIfRejected(MembershipRules.checkEndWithAlternates(to, Membership.allOf(group).stream()
                .filter(other -> membership.id().equals(other.alternateFor())).map(Membership::held).toList()));
        membership.end(to, clock.instant());
        flush();
        outbox.record(MembershipEvent.ENDED, group.id(), MembershipEvent.of(group, membership));
        return membership;
    }

    /**
     * Holds the group's row until commit, so that two chairs checked at the same time cannot both pass the
     * one-chair rule.
     */
    private static GovernanceGroup lockForChange(GovernanceGroup group) {
        Panache.getEntityManager().lock(group, LockModeType.PESSIMISTIC_WRITE);
        return group;
    }

    /** Writes now, so that the event carries the stored version and a lost race is a 412, not a 500 at commit. */
    private static void flush() {
        try {
            Panache.getEntityManager().flush();
        } catch (OptimisticLockException e) {
            throw new PreconditionFailedException("The membership was changed by someone else meanwhile; read it again");
        }
    }

    private static void ruleViolation(RuleDecision decision) {
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
    }
}
