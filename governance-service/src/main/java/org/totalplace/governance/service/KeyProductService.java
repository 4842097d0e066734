package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.totalplace.governance.domain.DecisionCitations;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.KeyProduct;
import org.totalplace.governance.domain.KeyProductAction;
import org.totalplace.governance.domain.KeyProductKind;
import org.totalplace.governance.domain.KeyProductTransitions;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.KeyProductChanged;
import org.totalplace.governance.events.Outbox;

/** Key products and their approval: each change is one transaction recording key-product-changed. */
@ApplicationScoped
public class KeyProductService {

    private final Outbox outbox;
    private final Clock clock;
    private final KeyProductQueries queries;
    private final GroupQueries groups;
    private final DecisionQueries decisions;

    KeyProductService(Outbox outbox, Clock clock, KeyProductQueries queries, GroupQueries groups,
                      DecisionQueries decisions) {
        this.outbox = outbox;
        this.clock = clock;
        this.queries = queries;
        this.groups = groups;
        this.decisions = decisions;
    }

    @Transactional
    public KeyProduct draft(String title, KeyProductKind kind, LocalDate dueDate, String owner) {
        KeyProduct product = KeyProduct.draft(title, kind, dueDate, owner, clock.instant());
        product.persist();
        return changed(product);
    }

    /** Sends a draft to the group (id or code) that must approve it; an unknown group is a 422. */
    @Transactional
    public KeyProduct submitForApproval(String id, String groupIdOrCode) {
        KeyProduct product = allowed(id, KeyProductAction.SUBMIT_FOR_APPROVAL);
        GovernanceGroup group = groups.find(groupIdOrCode.strip()).orElseThrow(() -> new RuleViolationException(
                "No governance group has the id or code '" + groupIdOrCode + "'",
                List.of(new Violation("groupId", "names no governance group"))));
        product.submitForApproval(group.id(), clock.instant());
        return changed(product);
    }

    /**
     * Approves by a decision recorded at a meeting of the approving group (422 on decisionId otherwise); the
     * product is approved on the day of that meeting and cites the decision by group, date and item.
     */
    @Transactional
    public KeyProduct approve(String id, UUID decisionId) {
        KeyProduct product = allowed(id, KeyProductAction.APPROVE);
        RecordedDecision decision = decisions.cited(decisionId);
        RuleDecision citation = DecisionCitations.checkForApproval(decision.cited(), product.approvingGroupId());
        if (citation.rejected()) {
            throw RuleViolationException.of(citation);
        }
        product.approve(decisionId, decision.reference(), decision.meeting().date(), clock.instant());
        return changed(product);
    }

    @Transactional
    public KeyProduct reject(String id, String reason) {
        KeyProduct product = allowed(id, KeyProductAction.REJECT);
        product.reject(reason, clock.instant());
        return changed(product);
    }

    private KeyProduct allowed(String id, KeyProductAction action) {
        KeyProduct product = queries.require(id);
        RuleDecision decision = KeyProductTransitions.check(product.status(), action);
        if (decision.rejected()) {
            throw new ConflictException(decision.reason(), List.of(new Violation(decision.field(), decision.reason())));
        }
        return product;
    }

    private KeyProduct changed(KeyProduct product) {
        KeyProduct.flush();
        outbox.record(KeyProductChanged.TYPE, product.id(), KeyProductChanged.of(product));
        return product;
    }
}
