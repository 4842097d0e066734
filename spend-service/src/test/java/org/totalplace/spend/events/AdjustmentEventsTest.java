package org.totalplace.spend.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.testkit.EventSchemas;
import org.totalplace.testkit.TopicProbe;

/** Adjustment events reach the real broker, keyed by pilot, in order, valid against their published schemas. */
@QuarkusTest
class AdjustmentEventsTest {

    private static final String TOPIC = "totalplace.spend.v1";
    private static final String RECORDED = "totalplace.spend.adjustment-recorded.v1";
    private static final String WITHDRAWN = "totalplace.spend.adjustment-withdrawn.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    KnownPilots pilots;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldPublishTheRecordingAndTheWithdrawalOfAnAdjustmentKeyedByThePilot() throws Exception {
        UUID pilot = pilots.known("South Tyneside, Gateshead & Sunderland", "North East", List.of());
        String id = given().contentType(ContentType.JSON).body("""
                        {"financialYear":"2009-10","body":"Gateshead Council","functionL2":"10.2",
                         "spendType":"revenue","amount":{"amount":"-125000.00","currency":"GBP"},
                         "reason":"Counted in Sunderland's return","author":"J. Moderator"}""")
                .when().post("/pilots/{id}/adjustments", pilot).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"reason\":\"Not in Sunderland's return after all\",\"author\":\"A. Lead\"}")
                .when().post("/pilots/{p}/adjustments/{id}/withdraw", pilot, id).then().statusCode(200);

        try (TopicProbe probe = TopicProbe.forTopic(bootstrapServers, TOPIC)) {
            ConsumerRecord<String, String> recorded = probe.awaitRecord(
                    r -> r.value().contains(RECORDED) && r.value().contains(id), WAIT);
            ConsumerRecord<String, String> withdrawn = probe.awaitRecord(
                    r -> r.value().contains(WITHDRAWN) && r.value().contains(id), WAIT);

            assertThat(recorded.key()).isEqualTo(pilot.toString());
            assertThat(withdrawn.key()).isEqualTo(pilot.toString());
            assertThat(withdrawn.partition()).isEqualTo(recorded.partition());
            assertThat(withdrawn.offset()).isGreaterThan(recorded.offset());
            EventSchemas.assertValid("spend-service", RECORDED, recorded.value());
            EventSchemas.assertValid("spend-service", WITHDRAWN, withdrawn.value());
            JsonNode first = JSON.readTree(recorded.value()).get("data");
            assertThat(first.get("amount").get("amount").asText()).isEqualTo("-125000.00");
            assertThat(first.get("functionL1").asText()).isEqualTo("10");
            assertThat(first.get("author").asText()).isEqualTo("J. Moderator");
            assertThat(first.get("withdrawnAt").isNull()).isTrue();
            JsonNode second = JSON.readTree(withdrawn.value()).get("data");
            assertThat(second.get("withdrawnBy").asText()).isEqualTo("A. Lead");
            assertThat(second.get("withdrawnReason").asText()).isEqualTo("Not in Sunderland's return after all");
            assertThat(second.get("version").asLong()).isEqualTo(1);
        }
    }

    @Test
    void shouldRejectAWithdrawnEventWithoutItsReasonUnderThePublishedSchema() {
        String event = """
                {"specversion":"1.0","id":"%s","source":"/spend-service","type":"%s","subject":"%s",
                 "time":"2010-05-11T09:00:00Z","datacontenttype":"application/json",
                 "data":{"adjustmentId":"%s","pilotId":"%s","financialYear":"2009-10","body":"Gateshead Council",
                         "functionL1":"10","functionL2":"10.2","spendType":"revenue",
                         "amount":{"amount":"-1.00","currency":"GBP"},"reason":"r","author":"a",
                         "createdAt":"2010-05-04T09:00:00Z","withdrawnAt":"2010-05-11T09:00:00Z",
                         "withdrawnReason":null,"withdrawnBy":"b","version":1}}"""
                .formatted(UUID.randomUUID(), WITHDRAWN, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        assertThat(EventSchemas.validate("spend-service", WITHDRAWN, event)).isNotEmpty();
        assertThat(EventSchemas.validate("spend-service", WITHDRAWN,
                event.replace("\"withdrawnReason\":null", "\"withdrawnReason\":\"why\""))).isEmpty();
    }
}
