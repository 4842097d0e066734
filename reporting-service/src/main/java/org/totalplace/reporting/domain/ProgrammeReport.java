package org.totalplace.reporting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The whole programme as the read models know it: each pilot with its groups and its spend, groups that belong
 * to no pilot, anything that names a pilot not (yet) known, and programme totals added up like with like.
 *
 * @param pilots           known pilots, by name
 * @param programmeGroups  groups that belong to no pilot (ministerial group, officials' group, ...)
 * @param unassignedGroups groups naming a pilot this service has not heard of yet
 * @param unassignedSpend  spend of pilots this service has not heard of yet
 * @param totals           all spend, including unassigned spend, combined per financial year, price basis and currency
 */
public record ProgrammeReport(List<PilotReport> pilots, List<GroupView> programmeGroups, List<GroupView> unassignedGroups,
                              List<UnassignedSpend> unassignedSpend, List<SpendTally> totals) {

    public static final Comparator<PilotView> PILOT_ORDER = Comparator
            .comparing((PilotView p) -> p.name).thenComparing(p -> p.code).thenComparing(p -> p.pilotId);
    public static final Comparator<GroupView> GROUP_ORDER = Comparator
            .comparing((GroupView g) -> g.name).thenComparing(g -> g.code).thenComparing(g -> g.groupId);

    /** One pilot with its groups (by name) and its spend tallies (by year, basis, currency). */
    public record PilotReport(PilotView pilot, List<GroupView> groups, List<SpendTally> spend) {
    }

    /** Spend recorded for a pilot id that no pilot event has announced (yet). */
    public record UnassignedSpend(UUID pilotId, SpendTally tally) {
    }

    public static ProgrammeReport assemble(Collection<PilotView> pilots, Collection<GroupView> groups,
                                           Collection<SpendTotal> spendTotals) {
        Set<UUID> known = pilots.stream().map(p -> p.pilotId).collect(Collectors.toSet());
        Map<UUID, List<GroupView>> groupsByPilot = groups.stream().filter(g -> g.pilotId != null)
                .collect(Collectors.groupingBy(g -> g.pilotId));
        Map<UUID, List<SpendTotal>> spendByPilot = spendTotals.stream()
                .collect(Collectors.groupingBy(s -> s.pilotId));

        List<PilotReport> pilotReports = pilots.stream().sorted(PILOT_ORDER)
                .map(p -> forPilot(p, groupsByPilot.getOrDefault(p.pilotId, List.of()),
                        spendByPilot.getOrDefault(p.pilotId, List.of())))
                .toList();
        List<GroupView> programmeGroups = groups.stream().filter(g -> g.pilotId == null).sorted(GROUP_ORDER).toList();
        List<GroupView> unassignedGroups = groups.stream()
                .filter(g -> g.pilotId != null && !known.contains(g.pilotId))
                .sorted(Comparator.comparing((GroupView g) -> g.pilotId).thenComparing(GROUP_ORDER))
                .toList();
        List<UnassignedSpend> unassignedSpend = spendTotals.stream()
                .filter(s -> !known.contains(s.pilotId))
                .map(s -> new UnassignedSpend(s.pilotId, s.tally()))
                .sorted(Comparator.comparing(UnassignedSpend::pilotId)
                        .thenComparing(u -> u.tally().key()))
                .toList();
        List<SpendTally> totals = SpendTotals.combine(spendTotals.stream().map(SpendTotal::tally).toList());
        return new ProgrammeReport(pilotReports, programmeGroups, unassignedGroups, unassignedSpend, totals);
    }

    /** One pilot's entry from its groups and spend totals, whatever order they come in. */
    public static PilotReport forPilot(PilotView pilot, Collection<GroupView> groups, Collection<SpendTotal> spendTotals) {
        List<GroupView> ownGroups = new ArrayList<>(groups.stream()
                .filter(g -> pilot.pilotId.equals(g.pilotId)).toList());
        ownGroups.sort(GROUP_ORDER);
        List<SpendTally> spend = SpendTotals.combine(spendTotals.stream()
                .filter(s -> pilot.pilotId.equals(s.pilotId)).map(SpendTotal::tally).toList());
        return new PilotReport(pilot, List.copyOf(ownGroups), spend);
    }
}
