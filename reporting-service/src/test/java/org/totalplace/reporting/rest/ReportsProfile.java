package org.totalplace.reporting.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** Reports over the hand-built programme of {@link FixedProgrammeStates} instead of the event journal. */
public class ReportsProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedProgrammeStates.class);
    }
}
