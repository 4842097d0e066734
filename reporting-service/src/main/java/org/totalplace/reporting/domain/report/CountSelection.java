package org.totalplace.reporting.domain.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.reporting.domain.FinancialYear;
import org.totalplace.reporting.domain.state.CountState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/**
 * The counts reports compare: one financial year under one rule version for every pilot. Pilots are only
 * comparable under the same rules, so the default version is the highest any pilot was counted under for that
 * year, and a pilot not (yet) recounted under it has no count in the report rather than an older one.
 */
public record CountSelection(String financialYear, Integer ruleVersion, Map<UUID, CountState> byPilot) {

    public static final String TOP_DOWN = "top-down";
    public static final String BOTTOM_UP = "bottom-up";

    public static CountSelection of(ProgrammeState state, FinancialYear year, Integer ruleVersion) {
        String fy = year.toString();
        List<CountState> ofYear = state.counts().stream().filter(c -> fy.equals(c.financialYear())).toList();
        Integer version = ruleVersion != null ? ruleVersion
                : ofYear.stream().map(CountState::ruleVersion).max(Comparator.naturalOrder()).orElse(null);
        Map<UUID, CountState> byPilot = new LinkedHashMap<>();
        ofYear.stream()
                .filter(c -> version != null && c.ruleVersion() == version)
                .sorted(Comparator.comparing(CountState::countedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(c -> byPilot.put(c.pilotId(), c)); // the latest count wins
        return new CountSelection(fy, version, byPilot);
    }

    public Optional<CountState> of(UUID pilotId) {
        return Optional.ofNullable(byPilot.get(pilotId));
    }

    public static Optional<CountState.MethodTotal> method(CountState count, String method) {
        return count.methods().stream().filter(m -> method.equals(m.method())).findFirst();
    }

    public static BigDecimal counted(CountState count, String method) {
        return method(count, method).map(CountState.MethodTotal::counted).orElse(null);
    }

    public static BigDecimal perCapita(CountState count, String method) {
        return method(count, method).map(CountState.MethodTotal::perCapita).orElse(null);
    }
}
