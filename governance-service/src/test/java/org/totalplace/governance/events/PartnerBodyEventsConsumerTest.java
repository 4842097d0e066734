package org.totalplace.governance.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.governance.support.KnownBodyReads.awaitBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.PartnerBodyEvents;
import org.totalplace.testkit.TopicProbe;

/**
 * pilots-service's partner-body events keep {@code known_body}: each event applied once (its id recorded in the
 * same transaction), older register entries never overwriting newer ones, broken data dead-lettered. Body names
 * here are examples.
 */
@QuarkusTest
class PartnerBodyEventsConsumerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    @Inject
    KnownPilots pilots;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PartnerBodyEvents events;
    private String code;
    private UUID body;

    @BeforeEach
    void connect() {
        events = new PartnerBodyEvents(bootstrapServers);
        code = "BODY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        body = UUID.randomUUID();
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        UUID registeredId = UUID.randomUUID();
        String registered = PartnerBodyEvents.entry(registeredId, PartnerBodyEvents.REGISTERED, body,
                "Example body " + code, "OTHER", code, null, 0);
        UUID renameId = UUID.randomUUID();
        String rename = PartnerBodyEvents.renamed(renameId, body, LocalDate.of(2010, 5, 12), "Example body " + code,
                "Renamed body " + code, 1);
        events.send(body, registered);
        events.send(body, rename);
        awaitBody(code, read -> read.getList("names").size() == 2);

        // both again, then a marker behind them on the same partition: once it is applied, the repeats were consumed
        events.send(body, registered);
        events.send(body, rename);
        events.send(body, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.UPDATED, body,
                "Renamed body " + code, "THIRD_SECTOR", code, null, 2));

        JsonPath read = awaitBody(code, kept -> kept.getInt("version") == 2);
        assertThat(read.getList("names.name")).containsExactly("Example body " + code, "Renamed body " + code);
        assertThat(read.getString("type")).isEqualTo("THIRD_SECTOR");
        assertThat(pilots.processed(registeredId)).isOne();
        assertThat(pilots.processed(renameId)).isOne();
    }

    @Test
    void shouldKeepTheNewerEntryWhenAnOlderUpdateArrivesLate() {
        events.send(body, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.REGISTERED, body,
                "Example body " + code, "OTHER", code, null, 0));
        events.send(body, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.UPDATED, body,
                "Example body " + code, "OTHER", code, "North East", 2));
        UUID late = UUID.randomUUID();
        events.send(body, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.UPDATED, body,
                "Example body " + code, "OTHER", code, "London", 1));
        events.send(body, PartnerBodyEvents.entry(late, PartnerBodyEvents.UPDATED, body,
                "Example body " + code, "OTHER", code, "London", 1));

        org.awaitility.Awaitility.await().atMost(TIMEOUT).until(() -> pilots.processed(late) == 1);
        JsonPath read = given().get("/known-bodies/" + code).then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("region")).isEqualTo("North East");
        assertThat(read.getInt("version")).isEqualTo(2);
    }

    @Test
    void shouldKeepASuccessorNotKnownHereYetAsTheSuccessionNamedIt() {
        UUID successor = UUID.randomUUID();
        events.send(body, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.REGISTERED, body,
                "Example body " + code, "GOVERNMENT_OFFICE", code, "North East", 0));
        events.send(body, PartnerBodyEvents.ended(UUID.randomUUID(), body, "MERGED", LocalDate.of(2011, 4, 1),
                "Example body " + code, successor, null, "Example successor", 1));

        JsonPath read = awaitBody(code, kept -> kept.getString("endedOn") != null);
        assertThat(read.getString("endKind")).isEqualTo("MERGED");
        assertThat(read.getString("successor.bodyId")).isEqualTo(successor.toString());
        assertThat(read.getString("current.bodyId")).isEqualTo(successor.toString());
        assertThat(read.getString("current.name")).isEqualTo("Example successor");
        assertThat(read.getString("current.since")).isEqualTo("2011-04-01");
    }

    @Test
    void shouldDeadLetterASuccessionWithoutItsDaySayingWhichField() {
        String withoutDay = PartnerBodyEvents.renamed(UUID.randomUUID(), body, LocalDate.of(2010, 5, 12),
                "Example body " + code, "Renamed body " + code, 1).replace("\"effectiveOn\":\"2010-05-12\",", "");
        try (TopicProbe deadLetters = TopicProbe.forTopic(bootstrapServers, "totalplace.governance.dlq.v1")) {
            events.send(body, withoutDay);

            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(r -> body.toString().equals(r.key()), TIMEOUT);
            Header reason = dead.headers().lastHeader("dead-letter-reason");
            assertThat(reason).isNotNull();
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).contains("data.effectiveOn");
            given().get("/known-bodies/" + body).then().statusCode(404);
        }
    }
}
