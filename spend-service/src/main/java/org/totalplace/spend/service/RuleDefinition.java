package org.totalplace.spend.service;

import java.util.List;
import java.util.Map;

/**
 * Counting rules as they are written (JSON): the classification, the rules, and the statement of how capital and
 * revenue are treated. Each rule names a source, the fields it matches and exactly one of: {@code function} (a level
 * 2 code), {@code exclude} (why the money does not count) or {@code spendType} (capital or revenue).
 */
public record RuleDefinition(String name, String capitalAndRevenue, List<Function> functions, List<Rule> rules) {

    public record Function(String code, String name) {
    }

    public record Rule(String source, Map<String, String> match, String function, String exclude, String spendType) {
    }
}
