package org.totalplace.reporting.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReceivedEventTest {

    private static final String ID = "6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b";

    private static String envelope(String specversion, String id, String source, String type, String time,
                                   String datacontenttype, String data) {
        StringBuilder json = new StringBuilder("{");
        append(json, "specversion", specversion);
        append(json, "id", id);
        append(json, "source", source);
        append(json, "type", type);
        append(json, "subject", "b1f0a7c2-3d4e-4f5a-8b6c-7d8e9f0a1b2c");
        append(json, "time", time);
        append(json, "datacontenttype", datacontenttype);
        json.append("\"data\":").append(data).append('}');
        return json.toString();
    }

    private static void append(StringBuilder json, String name, String value) {
        if (value != null) {
            json.append('"').append(name).append("\":\"").append(value).append("\",");
        }
    }

    private static String valid() {
        return envelope("1.0", ID, "/pilots-service", "totalplace.pilots.pilot-registered.v1",
                "2009-09-30T12:00:00Z", "application/json", "{\"name\":\"Lewisham\"}");
    }

    @Test
    void shouldReadAWellFormedEnvelope() {
        ReceivedEvent event = ReceivedEvent.parse(valid());

        assertThat(event.id()).isEqualTo(UUID.fromString(ID));
        assertThat(event.source()).isEqualTo("/pilots-service");
        assertThat(event.type()).isEqualTo("totalplace.pilots.pilot-registered.v1");
        assertThat(event.time()).isEqualTo(OffsetDateTime.parse("2009-09-30T12:00:00Z"));
        assertThat(event.requireData().get("name").textValue()).isEqualTo("Lewisham");
    }

    @Test
    void shouldRejectAValueThatIsNotJson() {
        assertThatThrownBy(() -> ReceivedEvent.parse("pilot registered: Lewisham"))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> ReceivedEvent.parse(valid().substring(0, 40)))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("not JSON");
    }

    @Test
    void shouldRejectJsonThatIsNotAnObject() {
        assertThatThrownBy(() -> ReceivedEvent.parse("[1,2,3]"))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("not a JSON object");
    }

    @Test
    void shouldRejectAnEmptyValue() {
        assertThatThrownBy(() -> ReceivedEvent.parse("")).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> ReceivedEvent.parse(null)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void shouldRejectAnotherSpecVersion() {
        String v03 = envelope("0.3", ID, "/pilots-service", "t", null, null, "{}");

        assertThatThrownBy(() -> ReceivedEvent.parse(v03))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("specversion");
    }

    @Test
    void shouldRejectMissingRequiredAttributesNamingThem() {
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope(null, ID, "/s", "t", null, null, "{}")))
                .hasMessageContaining("specversion");
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", null, "/s", "t", null, null, "{}")))
                .hasMessageContaining("id");
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", ID, null, "t", null, null, "{}")))
                .hasMessageContaining("source");
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", ID, "/s", " ", null, null, "{}")))
                .hasMessageContaining("type");
    }

    @Test
    void shouldRejectAnIdThatIsNotAUuid() {
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", "42", "/s", "t", null, null, "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("id must be a UUID");
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", "1-2-3-4-5", "/s", "t", null, null, "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("id must be a UUID");
    }

    @Test
    void shouldRejectATimeThatIsNotRfc3339() {
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", ID, "/s", "t", "30/09/2009", null, "{}")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("time");
    }

    @Test
    void shouldRejectDataThatIsNotJson() {
        assertThatThrownBy(() -> ReceivedEvent.parse(envelope("1.0", ID, "/s", "t", null, "text/plain", "\"x\"")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("datacontenttype");
    }

    @Test
    void shouldRejectDuplicateAttributes() {
        String twice = valid().replace("{\"specversion\":\"1.0\",", "{\"specversion\":\"1.0\",\"type\":\"other\",");

        assertThatThrownBy(() -> ReceivedEvent.parse(twice)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void shouldAcceptAnEnvelopeWithoutDataUntilAConsumerNeedsIt() {
        ReceivedEvent event = ReceivedEvent.parse(envelope("1.0", ID, "/s", "t", null, null, "null"));

        assertThat(event.data()).isNull();
        assertThatThrownBy(event::requireData).isInstanceOf(PoisonEventException.class).hasMessageContaining("data");
    }

    @Test
    void shouldIgnoreExtensionAttributesItDoesNotKnow() {
        String withActor = valid().replace("{\"specversion\"", "{\"actor\":\"someone\",\"specversion\"");

        assertThat(ReceivedEvent.parse(withActor).id()).isEqualTo(UUID.fromString(ID));
    }
}
