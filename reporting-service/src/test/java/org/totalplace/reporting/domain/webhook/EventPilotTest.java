package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventPilotTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPreferDataPilotIdThenTheSubject() {
        UUID pilot = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode().put("pilotId", pilot.toString());

        assertThat(EventPilot.candidates(data, group.toString())).containsExactly(pilot, group);
    }

    @Test
    void shouldFallBackToTheSubjectWhenDataHasNoPilot() {
        UUID subject = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode().putNull("pilotId");

        assertThat(EventPilot.candidates(data, subject.toString())).containsExactly(subject);
        assertThat(EventPilot.candidates(null, subject.toString())).containsExactly(subject);
    }

    @Test
    void shouldListAPilotOnceAndIgnoreTextThatIsNoUuid() {
        UUID pilot = UUID.randomUUID();
        ObjectNode data = JSON.createObjectNode().put("pilotId", pilot.toString());

        assertThat(EventPilot.candidates(data, pilot.toString())).containsExactly(pilot);
        assertThat(EventPilot.candidates(JSON.createObjectNode().put("pilotId", "lewisham"), "1-2-3-4-5")).isEmpty();
    }
}
