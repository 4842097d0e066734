package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a proposal's terms and flows can be appraised, and if not every reason, each naming its field. Flows
 * must be in real terms (the discount rate is a real rate), within the years the rate holds for, one per body and
 * year, with amounts not negative and each range in order (low ≤ central ≤ high).
 */
public final class ProposalRules {

    /** The Green Book's 3.5 % holds for years 0 to 30; later years would need its declining schedule. */
    public static final int MAX_YEARS_AFTER_FIRST = 30;
    public static final int MAX_FLOWS = 1000;

    private ProposalRules() {
    }

    public static List<Refusal> check(ProposalTerms terms, List<CashFlow> flows) {
        List<Refusal> refusals = new ArrayList<>();
        if (terms.title().isBlank()) {
            refusals.add(new Refusal("title", "must not be blank"));
        }
        if (!terms.priceBasis().isReal()) {
            refusals.add(new Refusal("priceBasis.kind", "must be real: the discount rate is a real rate, so the "
                    + "flows must be in the prices of a stated base year"));
        }
        if (flows.isEmpty()) {
            refusals.add(new Refusal("flows", "must have at least one flow"));
        }
        if (flows.size() > MAX_FLOWS) {
            refusals.add(new Refusal("flows", "must have at most " + MAX_FLOWS + " flows"));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < flows.size(); i++) {
            CashFlow flow = flows.get(i);
            String at = "flows[" + i + "]";
            checkYear(terms.firstYear(), flow.year(), at, refusals);
            checkRange(flow.investment(), at + ".investment", refusals);
            checkRange(flow.savings(), at + ".savings", refusals);
            if (flow.body().isBlank()) {
                refusals.add(new Refusal(at + ".body", "must not be blank"));
                continue;
            }
            Integer earlier = seen.putIfAbsent(flow.body() + "\n" + flow.year(), i);
            if (earlier != null) {
                refusals.add(new Refusal(at, "repeats " + flow.body() + " in " + flow.year() + " (flows[" + earlier
                        + "]): give one flow per body and year"));
            }
        }
        return refusals;
    }

    private static void checkYear(FinancialYear first, FinancialYear year, String at, List<Refusal> refusals) {
        if (year.compareTo(first) < 0) {
            refusals.add(new Refusal(at + ".financialYear", "must not be before the first year, " + first));
        } else if (year.startYear() - first.startYear() > MAX_YEARS_AFTER_FIRST) {
            refusals.add(new Refusal(at + ".financialYear", "must be at most " + MAX_YEARS_AFTER_FIRST
                    + " years after the first year (" + yearText(first.startYear() + MAX_YEARS_AFTER_FIRST)
                    + "): beyond that the Green Book's rate declines, which this appraisal does not model"));
        }
    }

    private static String yearText(int startYear) {
        return String.format("%04d-%02d", startYear, (startYear + 1) % 100);
    }

    private static void checkRange(AmountRange range, String at, List<Refusal> refusals) {
        String negative = range.negativeEnd();
        if (negative != null) {
            refusals.add(new Refusal(at + "." + negative, "must not be negative"));
        } else if (!range.isOrdered()) {
            refusals.add(new Refusal(at, "must have low ≤ central ≤ high (got " + range.low().toPlainString() + ", "
                    + range.central().toPlainString() + ", " + range.high().toPlainString() + ")"));
        }
    }
}
