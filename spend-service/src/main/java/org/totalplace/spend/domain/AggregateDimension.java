package org.totalplace.spend.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the counted figures can be drilled down by and cut on. Each dimension names its one column of
 * {@code counted_figure}; nothing else ever reaches the SQL, so a query can only name columns from this list.
 */
public enum AggregateDimension {

    PILOT("pilot", "pilot_id", Kind.PILOT, List.of()),
    FINANCIAL_YEAR("financialYear", "financial_year", Kind.YEAR, List.of()),
    FUNCTION_L1("functionL1", "function_l1", Kind.TEXT, List.of()),
    FUNCTION_L2("functionL2", "function_l2", Kind.TEXT, List.of()),
    BODY("body", "body", Kind.TEXT, List.of()),
    METHOD("method", "method", Kind.CHOICE, List.of("bottom-up", "outturn", "top-down", "adjustment")),
    SPEND_TYPE("spendType", "spend_type", Kind.CHOICE, List.of("revenue", "capital")),
    TREATMENT("treatment", "treatment", Kind.CHOICE, List.of("counted", "excluded")),
    /** Cut only: every answer sums the figures of exactly one rule version, and says which. */
    RULE_VERSION("ruleVersion", "rule_version", Kind.VERSION, List.of());

    /** How a dimension's values are written and checked. */
    public enum Kind { PILOT, YEAR, TEXT, CHOICE, VERSION }

    private final String wire;
    private final String column;
    private final Kind kind;
    private final List<String> choices;

    AggregateDimension(String wire, String column, Kind kind, List<String> choices) {
        this.wire = wire;
        this.column = column;
        this.kind = kind;
        this.choices = choices;
    }

    /** The name used in drilldown, cut and order ("financialYear"). */
    public String wire() {
        return wire;
    }

    /** The column of counted_figure it reads. */
    public String column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** The allowed values of a CHOICE dimension. */
    public List<String> choices() {
        return choices;
    }

    /** Whether it may appear in a drilldown (all but ruleVersion). */
    public boolean drillable() {
        return this != RULE_VERSION;
    }

    /** Whether a cut on it may be a range "from..to" (the financial year and the rule version are ordered). */
    public boolean rangeable() {
        return kind == Kind.YEAR;
    }

    public static Optional<AggregateDimension> byWire(String name) {
        return Arrays.stream(values()).filter(dimension -> dimension.wire.equals(name)).findFirst();
    }

    /** "pilot, financialYear, ..." for messages. */
    public static String drillableNames() {
        return String.join(", ", Arrays.stream(values()).filter(AggregateDimension::drillable)
                .map(AggregateDimension::wire).toList());
    }

    public static String allNames() {
        return String.join(", ", Arrays.stream(values()).map(AggregateDimension::wire).toList());
    }
}
