package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of counting rules: the functional classification (two levels, code → name) and the rules mapping each
 * source's categories onto it. Pure: it classifies categories and never touches the source lines.
 *
 * <ul>
 *   <li>Exclusions are tested first: the most specific matching exclusion names why the money does not count (the
 *       money is still classified, so that what is excluded can be shown by function).</li>
 *   <li>The function is the most specific matching classify rule's; with none, ledger and CRA money is
 *       {@link FunctionCode#UNCLASSIFIED} (still counted and shown), and an outturn column is not a service line
 *       at all (the outturn tables mix service lines with totals, reserves and financing).</li>
 *   <li>Capital or revenue: the most specific matching label rule, else the source's own (CRA CAP/CUR; ledger and
 *       net current expenditure are revenue).</li>
 * </ul>
 */
public final class CountingRules {

    /** A rule set that does not hold together, with where ({@code rules[3].function}) and why. */
    public record Problem(String field, String message) {
    }

    private final Map<String, String> functions;
    private final List<CategoryRule> rules;
    /** The rules by source and kind of action, in their order: a recount classifies thousands of categories. */
    private final Map<CountSource, Map<Class<?>, List<CategoryRule>>> bySourceAndKind = new EnumMap<>(CountSource.class);

    private CountingRules(Map<String, String> functions, List<CategoryRule> rules) {
        this.functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
        this.rules = List.copyOf(rules);
        for (CategoryRule rule : this.rules) {
            bySourceAndKind.computeIfAbsent(rule.source(), source -> new HashMap<>())
                    .computeIfAbsent(rule.action().getClass(), kind -> new ArrayList<>()).add(rule); // actions are records: final
        }
    }

    /** Builds a rule set, or lists everything wrong with it. */
    public static Result of(Map<String, String> functions, List<CategoryRule> rules) {
        List<Problem> problems = new ArrayList<>();
        functions.forEach((code, name) -> {
            if (!FunctionCode.isLevel1(code) && !FunctionCode.isLevel2(code)) {
                problems.add(new Problem("functions." + code, "is not a function code such as \"10\" or \"10.2\""));
            } else if (FunctionCode.isLevel2(code) && !functions.containsKey(FunctionCode.ofLevel2(code).level1())) {
                problems.add(new Problem("functions." + code, "its level 1 function "
                        + FunctionCode.ofLevel2(code).level1() + " is not in the classification"));
            }
            if (name == null || name.isBlank()) {
                problems.add(new Problem("functions." + code, "needs a name"));
            }
        });
        for (int i = 0; i < rules.size(); i++) {
            CategoryRule rule = rules.get(i);
            String at = "rules[" + i + "]";
            if (rule.match().isEmpty()) {
                problems.add(new Problem(at + ".match", "must name at least one field"));
            }
            for (Map.Entry<String, String> field : rule.match().entrySet()) {
                if (!rule.source().fields().contains(field.getKey())) {
                    problems.add(new Problem(at + ".match." + field.getKey(), "is not a field of " + rule.source().wire()
                            + " (" + String.join(", ", rule.source().fields()) + ")"));
                } else if (field.getValue() == null || field.getValue().isBlank()) {
                    problems.add(new Problem(at + ".match." + field.getKey(), "must not be blank"));
                }
            }
            if (rule.action() instanceof CategoryRule.Classify classify
                    && !functions.containsKey(classify.function().level2())) {
                problems.add(new Problem(at + ".function", classify.function().level2()
                        + " is not a level 2 function of this classification"));
            }
            if (rule.action() instanceof CategoryRule.Exclude exclude
                    && (exclude.reason() == null || exclude.reason().isBlank())) {
                problems.add(new Problem(at + ".exclude", "an exclusion must say why"));
            }
        }
        return problems.isEmpty() ? new Result(new CountingRules(functions, rules), List.of())
                : new Result(null, problems);
    }

    public record Result(CountingRules rules, List<Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Map<String, String> functions() {
        return functions;
    }

    public List<CategoryRule> rules() {
        return rules;
    }

    public String functionName(String code) {
        return FunctionCode.UNCLASSIFIED_CODE.equals(code) ? "Unclassified (no rule matched)" : functions.get(code);
    }

    /**
     * Classifies one category of a source; empty when the source is the outturn and no rule names the column (it
     * is not a service line).
     */
    public Optional<Classification> classify(CountSource source, Map<String, String> rawCategory, SpendType sourceType) {
        Map<String, String> category = CategoryRule.normalise(rawCategory);
        Optional<CategoryRule.Classify> function = best(source, category, CategoryRule.Classify.class);
        Optional<CategoryRule.Exclude> exclusion = best(source, category, CategoryRule.Exclude.class);
        if (source == CountSource.OUTTURN && function.isEmpty() && exclusion.isEmpty()) {
            return Optional.empty();
        }
        SpendType type = best(source, category, CategoryRule.Label.class).map(CategoryRule.Label::spendType)
                .orElse(sourceType);
        return Optional.of(new Classification(
                function.map(CategoryRule.Classify::function).orElse(FunctionCode.UNCLASSIFIED), type,
                exclusion.map(CategoryRule.Exclude::reason).orElse(null)));
    }

    private <A extends CategoryRule.Action> Optional<A> best(CountSource source, Map<String, String> category,
                                                             Class<A> kind) {
        CategoryRule best = null;
        for (CategoryRule rule : bySourceAndKind.getOrDefault(source, Map.of()).getOrDefault(kind, List.of())) {
            // strictly more specific replaces: among equally specific rules the earlier stays
            if (rule.matches(category)
                    && (best == null || rule.specificity() > best.specificity())) {
                best = rule;
            }
        }
        return Optional.ofNullable(best).map(rule -> kind.cast(rule.action()));
    }
}
