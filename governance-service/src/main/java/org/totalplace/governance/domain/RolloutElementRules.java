package org.totalplace.governance.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/** What makes a list of linked barriers acceptable: each one a barrier of this register, each listed once. Pure. */
public final class RolloutElementRules {

    public static final String BARRIER_IDS = "barrierIds";

    private RolloutElementRules() {
    }

    /** One rejection per offending entry, naming it {@code barrierIds[i]}; empty when all are acceptable. */
    public static List<RuleDecision> checkBarriers(List<UUID> barrierIds, Predicate<UUID> barrierExists) {
        List<RuleDecision> rejections = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < barrierIds.size(); i++) {
            UUID id = barrierIds.get(i);
            String field = BARRIER_IDS + "[" + i + "]";
            if (!seen.add(id)) {
                rejections.add(RuleDecision.reject(field, "barrier " + id + " is listed more than once"));
            } else if (!barrierExists.test(id)) {
                rejections.add(RuleDecision.reject(field, "no barrier has the id " + id));
            }
        }
        return rejections;
    }
}
