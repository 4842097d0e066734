package org.totalplace.spend.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.totalplace.spend.domain.CategoryRule;
import org.totalplace.spend.domain.CountSource;
import org.totalplace.spend.domain.CountingRules;
import org.totalplace.spend.domain.FunctionCode;
import org.totalplace.spend.domain.InvalidValueException;
import org.totalplace.spend.domain.SpendType;

/** Reads a written rule definition into {@link CountingRules}, or says everything that is wrong with it (422). */
@ApplicationScoped
public class RuleDefinitions {

    private final ObjectMapper json;

    RuleDefinitions(ObjectMapper json) {
        this.json = json;
    }

    public CountingRules rules(RuleDefinition definition) {
        List<Violation> violations = new ArrayList<>();
        if (definition.name() == null || definition.name().isBlank()) {
            violations.add(new Violation("name", "must not be blank"));
        }
        if (definition.capitalAndRevenue() == null || definition.capitalAndRevenue().isBlank()) {
            violations.add(new Violation("capitalAndRevenue", "must state how capital and revenue are counted"));
        }
        Map<String, String> functions = new LinkedHashMap<>();
        List<RuleDefinition.Function> written = Optional.ofNullable(definition.functions()).orElse(List.of());
        if (written.isEmpty()) {
            violations.add(new Violation("functions", "must list the classification"));
        }
        for (int i = 0; i < written.size(); i++) {
            RuleDefinition.Function function = written.get(i);
            if (function == null || function.code() == null) {
                violations.add(new Violation("functions[" + i + "].code", "must not be blank"));
            } else if (functions.putIfAbsent(function.code(), function.name()) != null) {
                violations.add(new Violation("functions[" + i + "].code", function.code() + " is listed twice"));
            }
        }
        List<CategoryRule> rules = new ArrayList<>();
        List<RuleDefinition.Rule> writtenRules = Optional.ofNullable(definition.rules()).orElse(List.of());
        for (int i = 0; i < writtenRules.size(); i++) {
            read(writtenRules.get(i), "rules[" + i + "]", violations).ifPresent(rules::add);
        }
        if (violations.isEmpty()) {
            CountingRules.Result result = CountingRules.of(functions, rules);
            result.problems().forEach(problem -> violations.add(new Violation(problem.field(), problem.message())));
            if (result.valid()) {
                return result.rules();
            }
        }
        throw new RuleViolationException("The counting rules do not hold together", violations);
    }

    public CountingRules rules(String definitionJson) {
        return rules(parse(definitionJson));
    }

    public RuleDefinition parse(String definitionJson) {
        try {
            return json.readValue(definitionJson, RuleDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored rule definition cannot be read", e);
        }
    }

    public String write(RuleDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<CategoryRule> read(RuleDefinition.Rule rule, String at, List<Violation> violations) {
        if (rule == null) {
            violations.add(new Violation(at, "must not be null"));
            return Optional.empty();
        }
        Optional<CountSource> source = CountSource.fromWire(rule.source());
        if (source.isEmpty()) {
            violations.add(new Violation(at + ".source", "must be one of ledger, outturn, cra"));
            return Optional.empty();
        }
        int actions = (rule.function() != null ? 1 : 0) + (rule.exclude() != null ? 1 : 0)
                + (rule.spendType() != null ? 1 : 0);
        if (actions != 1) {
            violations.add(new Violation(at, "must give exactly one of function, exclude, spendType"));
            return Optional.empty();
        }
        Map<String, String> match = rule.match() == null ? Map.of() : rule.match();
        try {
            CategoryRule.Action action;
            if (rule.function() != null) {
                action = new CategoryRule.Classify(FunctionCode.ofLevel2(rule.function()));
            } else if (rule.exclude() != null) {
                action = new CategoryRule.Exclude(rule.exclude());
            } else {
                action = new CategoryRule.Label(SpendType.fromWire(rule.spendType()));
            }
            return Optional.of(new CategoryRule(source.get(), match, action));
        } catch (InvalidValueException e) {
            violations.add(new Violation(at + (rule.function() != null ? ".function" : ".spendType"), e.getMessage()));
            return Optional.empty();
        }
    }
}
