package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a meeting says about a new action.
 *
 * @param agendaItemId the agenda item it arose on, or null
 * @param decisionId   the decision it follows from, or null
 * @param owner        who is to do it: a person, a post or a body ("DCSF")
 */
public record ActionDetails(UUID agendaItemId, UUID decisionId, String description, String owner, LocalDate dueDate) {
}
