package org.totalplace.reporting.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.totalplace.reporting.domain.state.JournalEvent;
import org.totalplace.reporting.domain.state.ProgrammeState;

/**
 * Stands in for the event journal until a real {@link ProgrammeStateSource} is deployed: any other bean replaces
 * it. Reports built from it are empty, never wrong.
 */
@DefaultBean
@ApplicationScoped
public class NoProgrammeStates implements ProgrammeStateSource {

    @Override
    public ProgrammeState asOf(Instant asOf) {
        return ProgrammeState.empty(asOf);
    }

    @Override
    public List<JournalEvent> between(Instant fromExclusive, Instant toInclusive) {
        return List.of();
    }
}
