package org.totalplace.spend.service;

import org.totalplace.spend.domain.CountInputsChanged;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.totalplace.spend.domain.CountingRuleSet;

/**
 * Versions of the counting rules: drafts written and rewritten, then published, after which a version never
 * changes. Publishing counts every pilot's years under the new version (the older versions' counts stay, so any
 * total can still be read under the version it was made with). The first edition ships with the service and is
 * published at start when no version exists.
 */
@ApplicationScoped
public class CountingRulesService {

    static final String FIRST_EDITION = "reference/counting-rules-v1.json";

    private final EntityManager em;
    private final RuleDefinitions definitions;
    private final Counts counts;
    private final Clock clock;

    CountingRulesService(EntityManager em, RuleDefinitions definitions, Counts counts, Clock clock) {
        this.em = em;
        this.definitions = definitions;
        this.counts = counts;
        this.clock = clock;
    }

    @Transactional
    void publishFirstEditionIfNone(@Observes StartupEvent start) {
        lockVersions();
        if (CountingRuleSet.count() > 0) {
            return;
        }
        RuleDefinition definition = definitions.parse(firstEdition());
        definitions.rules(definition);
        CountingRuleSet first = CountingRuleSet.draft(1, definition.name(), definitions.write(definition),
                clock.instant());
        first.persist();
        first.publish(clock.instant());
        em.flush();
        counts.recountVersion(first, new CountInputsChanged(null, null, "counting rules version 1 published"));
    }

    @Transactional
    public List<CountingRuleSet> list() {
        return CountingRuleSet.list("order by version");
    }

    @Transactional
    public CountingRuleSet require(int version) {
        return CountingRuleSet.<CountingRuleSet>findByIdOptional(version)
                .orElseThrow(() -> new NotFoundException("No counting rules version " + version));
    }

    /** A new draft, numbered after the newest version; checked whole before it is stored. */
    @Transactional
    public CountingRuleSet draft(RuleDefinition definition) {
        definitions.rules(definition);
        lockVersions();
        Number newest = (Number) em.createNativeQuery("select coalesce(max(version), 0) from counting_rule_set")
                .getSingleResult();
        CountingRuleSet draft = CountingRuleSet.draft(newest.intValue() + 1, definition.name(),
                definitions.write(definition), clock.instant());
        draft.persist();
        em.flush();
        return draft;
    }

    @Transactional
    public CountingRuleSet redefine(int version, long expectedVersion, RuleDefinition definition) {
        definitions.rules(definition);
        CountingRuleSet set = changeable(version, expectedVersion);
        set.redefine(definition.name(), definitions.write(definition));
        em.flush();
        return set;
    }

    /** Publishes a draft and counts every pilot's years under it, in one transaction. */
    @Transactional
    public CountingRuleSet publish(int version, long expectedVersion) {
        CountingRuleSet set = changeable(version, expectedVersion);
        set.publish(clock.instant());
        em.flush();
        counts.recountVersion(set, new CountInputsChanged(null, null, "counting rules version " + version
                + " published"));
        return set;
    }

    private CountingRuleSet changeable(int version, long expectedVersion) {
        CountingRuleSet set = CountingRuleSet.findById(version, LockModeType.PESSIMISTIC_WRITE);
        if (set == null) {
            throw new NotFoundException("No counting rules version " + version);
        }
        if (set.rowVersion() != expectedVersion) {
            throw new PreconditionFailedException("Counting rules version " + version + " is at revision "
                    + set.rowVersion() + ", not " + expectedVersion + "; read it again");
        }
        if (set.whyFrozen() != null) {
            throw new ConflictException("Cannot change: " + set.whyFrozen(),
                    List.of(new Violation("version", set.whyFrozen())));
        }
        return set;
    }

    /** Versions are numbered one after another: one writer at a time. */
    private void lockVersions() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext('counting_rule_set'))").getSingleResult();
    }

    private static String firstEdition() {
        try (InputStream in = CountingRulesService.class.getClassLoader().getResourceAsStream(FIRST_EDITION)) {
            if (in == null) {
                throw new IllegalStateException(FIRST_EDITION + " is missing from the service");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
