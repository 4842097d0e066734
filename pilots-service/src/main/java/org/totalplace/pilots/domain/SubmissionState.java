package org.totalplace.pilots.domain;

/**
 * Where a pilot's submission to a reporting point stands. A DRAFT is SUBMITTED; the programme team
 * ACCEPTS it (final) or RETURNS it with a reason, and a RETURNED submission is revised and submitted again.
 */
public enum SubmissionState {
    DRAFT,
    SUBMITTED,
    ACCEPTED,
    RETURNED
}
