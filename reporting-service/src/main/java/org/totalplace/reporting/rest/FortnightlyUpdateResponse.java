package org.totalplace.reporting.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.domain.library.LibraryKind;
import org.totalplace.reporting.domain.report.FortnightlyUpdate;

@Schema(name = "FortnightlyUpdate", description = "Total Place update N: what changed after 'from' up to 'to'")
public record FortnightlyUpdateResponse(
        @Schema(description = "Fortnights since 23 September 2008 (update 49 ends 27 July 2010, as in seed 003)")
        int number,
        Instant from, Instant to,
        @Schema(description = "One line per kind of change") List<String> highlights,
        List<Milestone> milestones, List<Decision> decisions, List<Barrier> barriers, List<Submission> submissions,
        List<Expression> expressionsOfInterest,
        @Schema(description = "Expressions of interest received in all, up to 'to'") int expressionsInAll,
        @Schema(description = "The window's journal events by type") Map<String, Long> eventsByType,
        @Schema(description = "Citizens' stories from the library dated in the window: only those whose subject "
                + "consented, always anonymised") List<LibraryEntry> citizensStories,
        @Schema(description = "Research reports from the library dated in the window") List<LibraryEntry> research,
        @Schema(description = "News coverage from the library dated in the window") List<LibraryEntry> inTheNews,
        @Schema(description = "Practice notes from the library dated in the window") List<LibraryEntry> practiceNotes) {

    public static FortnightlyUpdateResponse of(FortnightlyUpdate u) {
        return new FortnightlyUpdateResponse(u.number(), u.from(), u.to(), u.highlights(),
                u.milestones().stream().map(m -> new Milestone(m.milestoneId(), m.pilot(), m.title(), m.dueDate(),
                        m.status(), m.metOn(), m.at())).toList(),
                u.decisions().stream().map(d -> new Decision(d.decisionId(), d.meetingDate(), d.text(), d.barrier(),
                        d.at())).toList(),
                u.barriers().stream().map(b -> new Barrier(b.barrierId(), b.pilot(), b.title(), b.change(), b.tier(),
                        b.detail(), b.at())).toList(),
                u.submissions().stream().map(s -> new Submission(s.submissionId(), s.pilot(), s.reportingPoint(),
                        s.state(), s.at())).toList(),
                u.expressions().stream().map(e -> new Expression(e.expressionOfInterestId(), e.place(), e.leadBody(),
                        e.region(), e.status(), e.receivedOn(), e.at())).toList(),
                u.expressionsInAll(), u.eventsByType(), library(u, LibraryKind.CITIZEN_STORY),
                library(u, LibraryKind.RESEARCH_REPORT), library(u, LibraryKind.NEWS_COVERAGE),
                library(u, LibraryKind.PRACTICE_NOTE));
    }

    private static List<LibraryEntry> library(FortnightlyUpdate u, LibraryKind kind) {
        return u.library(kind).stream().map(e -> new LibraryEntry(e.itemId(), e.title(), e.summary(), e.date(),
                e.source(), e.url(), e.places(), e.themes())).toList();
    }

    @Schema(name = "FortnightlyUpdateLibraryEntry")
    public record LibraryEntry(UUID itemId, String title, String summary, LocalDate date, String source, String url,
                               List<String> places, List<String> themes) {
    }

    @Schema(name = "FortnightlyUpdateMilestone")
    public record Milestone(UUID milestoneId, String pilot, String title, LocalDate dueDate,
                            @Schema(description = "MET or MISSED") String status, LocalDate metOn, Instant at) {
    }

    @Schema(name = "FortnightlyUpdateDecision")
    public record Decision(UUID decisionId, LocalDate meetingDate, String text,
                           @Schema(description = "The barrier it decides, if any") String barrier, Instant at) {
    }

    @Schema(name = "FortnightlyUpdateBarrier")
    public record Barrier(UUID barrierId, String pilot, String title,
                          @Schema(description = "RAISED, ESCALATED, RESOLVED or DECLINED") String change,
                          @Schema(description = "Tier raised at, escalated to, or closed at") String tier,
                          String detail, Instant at) {
    }

    @Schema(name = "FortnightlyUpdateSubmission")
    public record Submission(UUID submissionId, String pilot, String reportingPoint, String state, Instant at) {
    }

    @Schema(name = "FortnightlyUpdateExpression")
    public record Expression(UUID expressionOfInterestId, String place, String leadBody, String region, String status,
                             LocalDate receivedOn, Instant at) {
    }
}
