package org.totalplace.reporting.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.document.ReportDocument;
import org.totalplace.reporting.domain.document.ReportDocument.Section;
import org.totalplace.reporting.domain.library.LibraryItem;
import org.totalplace.reporting.domain.library.LibraryKind;
import org.totalplace.reporting.domain.state.BarrierState;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.PilotState;
import org.totalplace.reporting.domain.state.ProgrammeState;

/**
 * Builds a {@link FortnightlyUpdate} from the state at the window's end and the journal's events in the window.
 * A change belongs to the window when its time is after {@code from} and at or before {@code to}; items changed
 * more than once show where they stand at the end (a barrier's escalations are listed one by one).
 */
public final class FortnightlyUpdates {

    private FortnightlyUpdates() {
    }

    public static FortnightlyUpdate build(ProgrammeState atEnd, List<JournalEvent> events, Instant from, Instant to) {
        return build(atEnd, events, from, to, List.of());
    }

    /**
     * With the library's items: those dated after {@code from}'s day up to and including {@code to}'s day (UTC)
     * that may be published (a citizen story only with its subject's consent), always anonymised.
     */
    public static FortnightlyUpdate build(ProgrammeState atEnd, List<JournalEvent> events, Instant from, Instant to,
                                          List<LibraryItem> library) {
        Window window = new Window(from, to);
        List<FortnightlyUpdate.MilestoneChange> milestones = atEnd.milestones().stream()
                .filter(m -> !"PLANNED".equals(m.status()) && window.contains(m.at()))
                .map(m -> new FortnightlyUpdate.MilestoneChange(m.milestoneId(), pilotName(atEnd, m.pilotId()),
                        m.title(), m.dueDate(), m.status(), m.metOn(), m.at()))
                .toList();
        List<FortnightlyUpdate.DecisionMade> decisions = atEnd.decisions().stream()
                .filter(d -> window.contains(d.recordedAt()))
                .map(d -> new FortnightlyUpdate.DecisionMade(d.decisionId(), d.meetingDate(), d.text(),
                        barrierTitle(atEnd, d.barrierId()), d.recordedAt()))
                .toList();
        List<FortnightlyUpdate.BarrierChange> barriers = barrierChanges(atEnd, window);
        List<FortnightlyUpdate.SubmissionChange> submissions = atEnd.submissions().stream()
                .filter(s -> window.contains(s.at()))
                .map(s -> new FortnightlyUpdate.SubmissionChange(s.submissionId(), pilotName(atEnd, s.pilotId()),
                        s.reportingPoint(), s.state(), s.at()))
                .toList();
        List<FortnightlyUpdate.ExpressionChange> expressions = atEnd.expressions().stream()
                .filter(e -> window.contains(e.at()))
                .map(e -> new FortnightlyUpdate.ExpressionChange(e.expressionOfInterestId(), e.place(), e.leadBody(),
                        e.region(), e.status(), e.receivedOn(), e.at()))
                .toList();
        Map<String, Long> byType = events.stream().filter(e -> window.contains(e.time()))
                .collect(Collectors.groupingBy(JournalEvent::type, TreeMap::new, Collectors.counting()));
        int number = UpdateNumbering.number(LocalDate.ofInstant(to, ZoneOffset.UTC));
        List<FortnightlyUpdate.LibraryEntry> entries = libraryEntries(library, window);
        List<String> highlights = highlights(milestones, decisions, barriers, submissions, expressions,
                atEnd.expressions().size());
        if (!entries.isEmpty()) {
            highlights = new ArrayList<>(highlights);
            highlights.remove("No changes in this fortnight");
            highlights.add(libraryHighlight(entries));
        }
        return new FortnightlyUpdate(number, from, to, highlights, milestones, decisions, barriers, submissions,
                expressions, atEnd.expressions().size(), byType, entries);
    }

    private static List<FortnightlyUpdate.LibraryEntry> libraryEntries(List<LibraryItem> library, Window window) {
        LocalDate first = LocalDate.ofInstant(window.from(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(window.to(), ZoneOffset.UTC);
        return library.stream()
                .filter(LibraryItem::publishable)
                .filter(item -> item.date.isAfter(first) && !item.date.isAfter(last))
                .sorted(Comparator.comparing((LibraryItem item) -> item.date).thenComparing(item -> item.id))
                .map(item -> new FortnightlyUpdate.LibraryEntry(item.id, item.libraryKind(), item.anonymisedTitle,
                        item.anonymisedBody, item.date, item.source, item.url, List.of(item.places),
                        List.of(item.themes)))
                .toList();
    }

    private static String libraryHighlight(List<FortnightlyUpdate.LibraryEntry> entries) {
        List<String> parts = new ArrayList<>();
        for (LibraryKind kind : LibraryKind.values()) {
            long n = entries.stream().filter(e -> e.kind() == kind).count();
            if (n > 0) {
                parts.add(n + " " + kind.section().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return "From the library: " + String.join(", ", parts);
    }

    public static ReportDocument document(FortnightlyUpdate u) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(null, "Total Place update " + u.number() + ": highlights",
                List.of(new ReportDocument.Bullets(u.highlights()))));
        TableBuilder milestones = new TableBuilder("milestones", "Milestones met or missed")
                .text("pilot").text("milestone").text("due").text("status").text("metOn");
        u.milestones().forEach(m -> milestones.row(m.pilot(), m.pilot(), m.title(), m.title(),
                Figures.date(m.dueDate()), Figures.raw(m.dueDate()), m.status(), m.status(),
                m.metOn() == null ? "" : Figures.date(m.metOn()), Figures.raw(m.metOn())));
        TableBuilder decisions = new TableBuilder("decisions", "Decisions recorded")
                .text("meeting").text("decision").text("barrier");
        u.decisions().forEach(d -> decisions.row(Figures.date(d.meetingDate()), Figures.raw(d.meetingDate()),
                d.text(), d.text(), d.barrier(), d.barrier()));
        TableBuilder barriers = new TableBuilder("barriers", "Barriers raised, escalated, resolved or declined")
                .text("pilot").text("barrier").text("change").text("tier").text("detail").text("at");
        u.barriers().forEach(b -> barriers.row(b.pilot(), b.pilot(), b.title(), b.title(), b.change(), b.change(),
                b.tier(), b.tier(), b.detail(), b.detail(), Figures.date(b.at()), Figures.raw(b.at())));
        TableBuilder submissions = new TableBuilder("submissions", "Submissions to reporting points")
                .text("pilot").text("reportingPoint").text("state").text("at");
        u.submissions().forEach(s -> submissions.row(s.pilot(), s.pilot(), s.reportingPoint(), s.reportingPoint(),
                s.state(), s.state(), Figures.date(s.at()), Figures.raw(s.at())));
        TableBuilder expressions = new TableBuilder("expressions-of-interest",
                "Place-based budget expressions of interest (" + u.expressionsInAll() + " in all)")
                .text("place").text("leadBody").text("region").text("status").text("receivedOn");
        u.expressions().forEach(e -> expressions.row(e.place(), e.place(), e.leadBody(), e.leadBody(), e.region(),
                e.region(), e.status(), e.status(), Figures.date(e.receivedOn()), Figures.raw(e.receivedOn())));
        TableBuilder events = new TableBuilder("events", "Events received in the fortnight, by type")
                .text("type").number("events");
        u.eventsByType().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> events.row(e.getKey(), e.getKey(), Figures.count(e.getValue()), e.getValue().toString()));
        sections.add(new Section("1", "Milestones", List.of(milestones.build())));
        sections.add(new Section("2", "Decisions", List.of(decisions.build())));
        sections.add(new Section("3", "Barriers", List.of(barriers.build())));
        sections.add(new Section("4", "Submissions", List.of(submissions.build())));
        sections.add(new Section("5", "Place-based budgets", List.of(expressions.build())));
        sections.add(new Section("6", "Activity", List.of(events.build())));
        int number = 7;
        for (LibraryKind kind : LibraryKind.values()) {
            TableBuilder table = new TableBuilder(kind.table(), kind.section())
                    .text("date").text("title").text("summary").text("source").text("places").text("themes");
            u.library(kind).forEach(e -> table.row(Figures.date(e.date()), Figures.raw(e.date()), e.title(),
                    e.title(), e.summary(), e.summary(), e.source(), e.source(), String.join(", ", e.places()),
                    String.join(" ", e.places()), String.join(", ", e.themes()), String.join(" ", e.themes())));
            sections.add(new Section(Integer.toString(number++), kind.section(), List.of(table.build())));
        }
        return new ReportDocument("fortnightly-update", "Total Place update " + u.number(),
                Figures.date(u.from()) + " to " + Figures.date(u.to()), u.to(), sections);
    }

    private static List<FortnightlyUpdate.BarrierChange> barrierChanges(ProgrammeState state, Window window) {
        List<FortnightlyUpdate.BarrierChange> changes = new ArrayList<>();
        for (BarrierState b : state.barriers()) {
            String pilot = pilotName(state, b.pilotId());
            if (window.contains(b.raisedAt())) {
                changes.add(new FortnightlyUpdate.BarrierChange(b.barrierId(), pilot, b.title(), "RAISED",
                        b.raisedTier(), b.owningDepartment(), b.raisedAt()));
            }
            for (BarrierState.Escalation e : b.escalations()) {
                if (window.contains(e.at())) {
                    changes.add(new FortnightlyUpdate.BarrierChange(b.barrierId(), pilot, b.title(), "ESCALATED",
                            e.toTier(), e.reason(), e.at()));
                }
            }
            if (("RESOLVED".equals(b.status()) || "DECLINED".equals(b.status())) && window.contains(b.closedAt())) {
                String detail = b.whitehallChange() != null ? b.whitehallChange() : b.decision();
                changes.add(new FortnightlyUpdate.BarrierChange(b.barrierId(), pilot, b.title(), b.status(),
                        b.tier(), detail, b.closedAt()));
            }
        }
        changes.sort(Comparator.comparing(FortnightlyUpdate.BarrierChange::at)
                .thenComparing(FortnightlyUpdate.BarrierChange::barrierId));
        return changes;
    }

    private static List<String> highlights(List<FortnightlyUpdate.MilestoneChange> milestones,
                                           List<FortnightlyUpdate.DecisionMade> decisions,
                                           List<FortnightlyUpdate.BarrierChange> barriers,
                                           List<FortnightlyUpdate.SubmissionChange> submissions,
                                           List<FortnightlyUpdate.ExpressionChange> expressions, int expressionsInAll) {
        List<String> lines = new ArrayList<>();
        long met = milestones.stream().filter(m -> "MET".equals(m.status())).count();
        long missed = milestones.stream().filter(m -> "MISSED".equals(m.status())).count();
        if (met + missed > 0) {
            lines.add(plural(met, "milestone") + " met, " + missed + " missed");
        }
        if (!decisions.isEmpty()) {
            lines.add(plural(decisions.size(), "decision") + " recorded");
        }
        long raised = barriers.stream().filter(b -> "RAISED".equals(b.change())).count();
        long escalated = barriers.stream().filter(b -> "ESCALATED".equals(b.change())).count();
        long toWhitehall = barriers.stream().filter(b -> "ESCALATED".equals(b.change())
                && WhitehallAsks.WHITEHALL_TIERS.contains(b.tier())).count();
        long closed = barriers.stream().filter(b -> "RESOLVED".equals(b.change()) || "DECLINED".equals(b.change())).count();
        if (raised + escalated + closed > 0) {
            lines.add(plural(raised, "new barrier") + ", " + escalated + " escalated (" + toWhitehall
                    + " to the officials' group or ministers), " + closed + " resolved or declined");
        }
        if (!submissions.isEmpty()) {
            lines.add(plural(submissions.size(), "submission") + " changed state");
        }
        if (!expressions.isEmpty()) {
            lines.add(plural(expressions.size(), "expression") + " of interest received or updated ("
                    + expressionsInAll + " in all)");
        }
        if (lines.isEmpty()) {
            lines.add("No changes in this fortnight");
        }
        return lines;
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String pilotName(ProgrammeState state, UUID pilotId) {
        return pilotId == null ? null : state.pilot(pilotId).map(PilotState::name).orElse(pilotId.toString());
    }

    private static String barrierTitle(ProgrammeState state, UUID barrierId) {
        return barrierId == null ? null : state.barriers().stream().filter(b -> barrierId.equals(b.barrierId()))
                .map(BarrierState::title).findFirst().orElse(barrierId.toString());
    }

    private record Window(Instant from, Instant to) {

        boolean contains(Instant at) {
            return at != null && at.isAfter(from) && !at.isAfter(to);
        }
    }
}
