package org.totalplace.pilots.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The life of a submission to a reporting point. Pure: no I/O, no framework.
 *
 * <pre>
 * DRAFT ──submit──▶ SUBMITTED ──accept──▶ ACCEPTED (final)
 *                     │    ▲
 *                  return  submit (resubmission)
 *                     ▼    │
 *                    RETURNED
 * </pre>
 *
 * A submission is submitted only when every section its reporting point requires has content, and it
 * is only edited while it is with the pilot (DRAFT or RETURNED). Everything else is refused with the reason.
 */
public final class SubmissionTransitions {

    public static final String STATE = "state";
    public static final String SECTIONS = "sections";

    private static final Map<SubmissionState, Set<SubmissionAction>> ALLOWED = Map.of(
            SubmissionState.DRAFT, EnumSet.of(SubmissionAction.SUBMIT),
            SubmissionState.SUBMITTED, EnumSet.of(SubmissionAction.ACCEPT, SubmissionAction.RETURN),
            SubmissionState.RETURNED, EnumSet.of(SubmissionAction.SUBMIT),
            SubmissionState.ACCEPTED, EnumSet.noneOf(SubmissionAction.class));

    private SubmissionTransitions() {
    }

    /**
     * May {@code action} be taken on a submission in {@code current} whose sections are {@code sections},
     * given the sections its reporting point requires?
     */
    public static TransitionDecision check(SubmissionState current, SubmissionAction action,
                                           List<String> requiredSections, Map<String, String> sections) {
        if (current == null || action == null) {
            throw new IllegalArgumentException("state and action are required");
        }
        if (!ALLOWED.get(current).contains(action)) {
            return TransitionDecision.reject(STATE, refusal(current, action));
        }
        if (action == SubmissionAction.SUBMIT) {
            return checkContent(requiredSections, sections);
        }
        return TransitionDecision.allow();
    }

    /** May the sections of a submission in {@code current} be edited? Only while it is with the pilot. */
    public static TransitionDecision checkEdit(SubmissionState current) {
        return switch (current) {
            case DRAFT, RETURNED -> TransitionDecision.allow();
            case SUBMITTED -> TransitionDecision.reject(STATE,
                    "the submission is SUBMITTED and cannot be edited unless it is returned");
            case ACCEPTED -> TransitionDecision.reject(STATE, "the submission is ACCEPTED, which is final; it cannot be edited");
        };
    }

    /** The required sections that are missing or blank, in the order of the agreed structure. */
    public static List<String> missingSections(List<String> requiredSections, Map<String, String> sections) {
        return requiredSections.stream().filter(section -> isBlank(sections.get(section))).toList();
    }

    private static TransitionDecision checkContent(List<String> requiredSections, Map<String, String> sections) {
        List<String> missing = missingSections(requiredSections, sections);
        if (!missing.isEmpty()) {
            return TransitionDecision.reject(SECTIONS, "the required section" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " blank; write " + (missing.size() == 1 ? "it" : "them") + " before submitting");
        }
        if (sections.values().stream().allMatch(SubmissionTransitions::isBlank)) {
            return TransitionDecision.reject(SECTIONS, "nothing has been written; write at least one section before submitting");
        }
        return TransitionDecision.allow();
    }

    private static String refusal(SubmissionState current, SubmissionAction action) {
        if (current == SubmissionState.ACCEPTED) {
            return "the submission is ACCEPTED, which is final; it can no longer be " + past(action);
        }
        return switch (action) {
            case SUBMIT -> "the submission is already SUBMITTED; it can only be accepted or returned now";
            case ACCEPT, RETURN -> "only a SUBMITTED submission can be " + past(action) + "; this one is " + current
                    + (current == SubmissionState.RETURNED ? " and must be submitted again first" : "");
        };
    }

    private static String past(SubmissionAction action) {
        return switch (action) {
            case SUBMIT -> "submitted";
            case ACCEPT -> "accepted";
            case RETURN -> "returned";
        };
    }

    private static boolean isBlank(String content) {
        return content == null || content.isBlank();
    }
}
