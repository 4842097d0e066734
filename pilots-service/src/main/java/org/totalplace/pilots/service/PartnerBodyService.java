package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.PartnerBody;
import org.totalplace.pilots.domain.PartnerBodyDetails;
import org.totalplace.pilots.domain.PartnerBodyRules;
import org.totalplace.pilots.domain.SuccessionRules;
import org.totalplace.pilots.events.Outbox;
import org.totalplace.pilots.events.PartnerBodyEvent;

/** Changes to the partner body register: each is one transaction that also records its event in the outbox. */
@ApplicationScoped
public class PartnerBodyService {

    private final PartnerBodyQueries queries;
    private final BodyLineages lineages;
    private final Outbox outbox;
    private final Clock clock;

    PartnerBodyService(PartnerBodyQueries queries, BodyLineages lineages, Outbox outbox, Clock clock) {
        this.queries = queries;
        this.lineages = lineages;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public PartnerBody register(PartnerBodyDetails details) {
        Refusals.ruleViolations("The partner body breaks a rule of its type", PartnerBodyRules.check(details));
        PartnerBody body = PartnerBody.register(details, clock.instant());
        rejectCodeOfAnotherBody(details.code(), body.id());
        body.persist();
        PartnerChanges.flush("partner body");
        outbox.record(PartnerBodyEvent.REGISTERED, body.id(), PartnerBodyEvent.of(body));
        return body;
    }

    /** Replaces a body's details, its code included. */
    @Transactional
    public PartnerBody revise(String idOrCode, ExpectedVersion expected, PartnerBodyDetails details) {
        PartnerBody body = queries.require(idOrCode);
        expected.check(body.version());
        Refusals.ruleViolations("The partner body breaks a rule of its type", PartnerBodyRules.check(details));
        rejectCodeOfAnotherBody(details.code(), body.id());
        Refusals.ruleViolation(SuccessionRules.checkEstablished(details.establishedOn(), lineages.of(body)));
        body.revise(details, clock.instant());
        PartnerChanges.flush("partner body");
        outbox.record(PartnerBodyEvent.UPDATED, body.id(), PartnerBodyEvent.of(body));
        return body;
    }

    private static void rejectCodeOfAnotherBody(String code, UUID self) {
        if (code == null) {
            return;
        }
        PartnerBody.findByCode(code).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ConflictException("The code already identifies another partner body", List.of(new Violation(
                    "code", "'" + code + "' already identifies partner body '" + other.name() + "' (" + other.id() + ")")));
        });
    }
}
