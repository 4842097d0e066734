package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.Paper;
import org.totalplace.governance.domain.PaperContent;
import org.totalplace.governance.domain.PaperRules;
import org.totalplace.governance.domain.RuleDecision;
import org.totalplace.governance.events.Outbox;
import org.totalplace.governance.events.PaperEvent;

/** Writing and revising a group's papers; each is one transaction recording its event, keyed by the group id. */
@ApplicationScoped
public class PaperService {

    private final Outbox outbox;
    private final Clock clock;
    private final GroupQueries groups;
    private final PaperQueries queries;

    PaperService(Outbox outbox, Clock clock, GroupQueries groups, PaperQueries queries) {
        this.outbox = outbox;
        this.clock = clock;
        this.groups = groups;
        this.queries = queries;
    }

    @Transactional
    public Paper publish(String groupIdOrCode, PaperContent content) {
        GovernanceGroup group = groups.require(groupIdOrCode);
        refuseIfRejected(PaperRules.checkParagraphs(content.paragraphs()));
        Paper paper = Paper.write(group.id(), content, clock.instant());
        paper.persist();
        Paper.flush();
        outbox.record(PaperEvent.PUBLISHED, group.id(), PaperEvent.of(group, paper));
        return paper;
    }

    @Transactional
    public Paper revise(String id, ExpectedVersion expected, PaperContent content) {
        Paper paper = queries.require(id);
        expected.check(paper.version());
        RuleDecision tabled = PaperRules.checkRevision(queries.tabledOn(paper));
        if (tabled.rejected()) {
            throw new ConflictException(tabled.reason(), List.of(new Violation(tabled.field(), tabled.reason())));
        }
        refuseIfRejected(PaperRules.checkParagraphs(content.paragraphs()));
        paper.revise(content, clock.instant());
        Paper.flush();
        GovernanceGroup group = GovernanceGroup.findById(paper.groupId());
        outbox.record(PaperEvent.REVISED, group.id(), PaperEvent.of(group, paper));
        return paper;
    }

    private static void refuseIfRejected(RuleDecision decision) {
        if (decision.rejected()) {
            throw RuleViolationException.of(decision);
        }
    }
}
