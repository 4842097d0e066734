package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventPilotTest {

    @Test
    void shouldPreferDataPilotIdThenTheSubject() {
        UUID pilot = UUID.randomUUID();
        UUID group = UUID.randomUUID();

        assertThat(EventPilot.candidates(pilot.toString(), group.toString())).containsExactly(pilot, group);
    }

    @Test
    void shouldFallBackToTheSubjectWhenDataHasNoPilot() {
        UUID subject = UUID.randomUUID();

        assertThat(EventPilot.candidates(null, subject.toString())).containsExactly(subject);
    }

    @Test
    void shouldListAPilotOnceAndIgnoreTextThatIsNoUuid() {
        UUID pilot = UUID.randomUUID();

        assertThat(EventPilot.candidates(pilot.toString(), pilot.toString())).containsExactly(pilot);
        assertThat(EventPilot.candidates("lewisham", "1-2-3-4-5")).isEmpty();
        assertThat(EventPilot.candidates(null, null)).isEmpty();
    }
}
