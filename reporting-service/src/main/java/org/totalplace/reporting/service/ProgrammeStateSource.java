package org.totalplace.reporting.service;

import java.time.Instant;
import java.util.List;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.ProgrammeState;

/** Where reports get the programme from: the event journal, folded up to an instant (event time). */
public interface ProgrammeStateSource {

    /** The programme as the events with time at or before {@code asOf} leave it. */
    ProgrammeState asOf(Instant asOf);

    /** The journal's events with time after {@code fromExclusive} and at or before {@code toInclusive}, in order. */
    List<JournalEvent> between(Instant fromExclusive, Instant toInclusive);
}
