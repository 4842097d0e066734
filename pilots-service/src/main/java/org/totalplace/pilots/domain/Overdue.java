package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * When something on the timetable is late. Pure: the date is the caller's ("today" by the service's clock).
 *
 * <p>The due date itself is still in time: a milestone or submission is overdue from the day after.
 */
public final class Overdue {

    /** Submissions that still owe the reporting point something: not yet submitted, or sent back. */
    public static final Set<SubmissionState> OUTSTANDING_SUBMISSIONS = Set.of(SubmissionState.DRAFT, SubmissionState.RETURNED);

    private Overdue() {
    }

    public static boolean milestone(MilestoneStatus status, LocalDate dueDate, LocalDate today) {
        return status == MilestoneStatus.PLANNED && today.isAfter(dueDate);
    }

    public static boolean submission(SubmissionState state, LocalDate dueDate, LocalDate today) {
        return OUTSTANDING_SUBMISSIONS.contains(state) && today.isAfter(dueDate);
    }
}
