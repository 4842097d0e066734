package org.totalplace.reporting.domain.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.reporting.domain.library.LibraryKind;

/**
 * "Total Place update N": what changed after {@code from} up to and including {@code to}, as highlights (one line
 * per kind of change) and detail. {@code eventsByType} counts the journal's events of the window by type;
 * {@code library} holds the knowledge library's items dated in the window that may be published, anonymised.
 */
public record FortnightlyUpdate(int number, Instant from, Instant to, List<String> highlights,
                                List<MilestoneChange> milestones, List<DecisionMade> decisions,
                                List<BarrierChange> barriers, List<SubmissionChange> submissions,
                                List<ExpressionChange> expressions, int expressionsInAll,
                                Map<String, Long> eventsByType, List<LibraryEntry> library) {

    public FortnightlyUpdate {
        highlights = List.copyOf(highlights);
        milestones = List.copyOf(milestones);
        decisions = List.copyOf(decisions);
        barriers = List.copyOf(barriers);
        submissions = List.copyOf(submissions);
        expressions = List.copyOf(expressions);
        eventsByType = Map.copyOf(eventsByType);
        library = List.copyOf(library);
    }

    /** The library's items of one kind, oldest first: the update's section for that kind. */
    public List<LibraryEntry> library(LibraryKind kind) {
        return library.stream().filter(entry -> entry.kind() == kind).toList();
    }

    public record MilestoneChange(UUID milestoneId, String pilot, String title, LocalDate dueDate, String status,
                                  LocalDate metOn, Instant at) {
    }

    public record DecisionMade(UUID decisionId, LocalDate meetingDate, String text, String barrier, Instant at) {
    }

    /** {@code change}: RAISED, ESCALATED (to {@code tier}), RESOLVED or DECLINED. */
    public record BarrierChange(UUID barrierId, String pilot, String title, String change, String tier,
                                String detail, Instant at) {
    }

    public record SubmissionChange(UUID submissionId, String pilot, String reportingPoint, String state, Instant at) {
    }

    /** A library item as the update carries it: always the anonymised text. */
    public record LibraryEntry(UUID itemId, LibraryKind kind, String title, String summary, LocalDate date,
                               String source, String url, List<String> places, List<String> themes) {

        public LibraryEntry {
            places = List.copyOf(places);
            themes = List.copyOf(themes);
        }
    }

    public record ExpressionChange(UUID expressionOfInterestId, String place, String leadBody, String region,
                                   String status, LocalDate receivedOn, Instant at) {
    }
}
