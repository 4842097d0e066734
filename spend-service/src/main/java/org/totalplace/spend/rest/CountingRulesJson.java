package org.totalplace.spend.rest;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.spend.domain.CountingRuleSet;
import org.totalplace.spend.service.RuleDefinition;

/** A version of the counting rules as the API gives it. */
final class CountingRulesJson {

    private CountingRulesJson() {
    }

    @Schema(name = "CountingRulesSummary")
    record Summary(@Schema(example = "1") int version, String name,
                   @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String status, Instant createdAt,
                   @Schema(nullable = true) Instant publishedAt) {

        static Summary of(CountingRuleSet set) {
            return new Summary(set.version(), set.name(), set.status().name(), set.createdAt(), set.publishedAt());
        }
    }

    @Schema(name = "CountingRules", description = "A version of the counting rules with its whole definition")
    record Full(@Schema(example = "1") int version, @Schema(enumeration = {"DRAFT", "PUBLISHED"}) String status,
                Instant createdAt, @Schema(nullable = true) Instant publishedAt, RuleDefinition definition) {

        static Full of(CountingRuleSet set, RuleDefinition definition) {
            return new Full(set.version(), set.status().name(), set.createdAt(), set.publishedAt(), definition);
        }
    }
}
