package org.totalplace.governance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;

/**
 * An open barrier past its tier's target response time goes up by rule, on a clock the test sets; at the
 * ministerial group it stays, flagged overdue. Targets are the defaults: 14, 14, 30 and 30 days.
 */
@QuarkusTest
class EscalationByRuleTest {

    /** Bradford raised its barrier in the autumn of 2009. */
    private static final Instant RAISED = Instant.parse("2009-10-05T09:00:00Z");

    @Inject
    BarrierService barriers;

    @Inject
    KnownPilots pilots;

    private String id;

    @BeforeEach
    void raiseABarrierOnASetDay() {
        at(RAISED);
        id = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Data sharing protocol with the PCT",
                         "description":"Health data cannot be matched with council data",
                         "category":"DATA_SHARING","owningDepartment":"Department of Health",
                         "evidence":"Two years of failed negotiation"}""".formatted(pilots.known("Bradford")))
                .when().post("/barriers")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldLeaveABarrierAloneUntilItsTiersTargetHasPassed() {
        at(RAISED.plus(Duration.ofDays(14)));

        EscalationRun run = barriers.escalateOverdue();

        assertThat(run.escalated()).doesNotContain(UUID.fromString(id));
        given().get("/barriers/" + id).then().body("tier", equalTo("PILOT")).body("overdue", equalTo(false));
    }

    @Test
    void shouldEscalateAnOverdueBarrierOneTierWithTheReasonAndRestartTheTiersClock() {
        Instant later = RAISED.plus(Duration.ofDays(15));
        at(later);

        EscalationRun run = barriers.escalateOverdue();

        assertThat(run.escalated()).contains(UUID.fromString(id));
        given().get("/barriers/" + id).then()
                .body("tier", equalTo("GOVERNMENT_OFFICE"))
                .body("tierReachedAt", equalTo(later.toString()))
                .body("overdue", equalTo(false))
                .body("history.kind", contains("RAISED", "ESCALATED"))
                .body("history[1].automatic", equalTo(true))
                .body("history[1].reason", equalTo("no response within 14 days"));

        EscalationRun again = barriers.escalateOverdue();
        assertThat(again.escalated()).as("the Government Office's own 14 days start now").doesNotContain(UUID.fromString(id));
    }

    @Test
    void shouldFlagAnOverdueBarrierAtTheMinisterialGroupWithoutDroppingOrEscalatingIt() {
        Instant now = RAISED;
        for (int days : new int[] {15, 15, 31}) {
            now = now.plus(Duration.ofDays(days));
            at(now);
            assertThat(barriers.escalateOverdue().escalated()).contains(UUID.fromString(id));
        }
        given().get("/barriers/" + id).then().body("tier", equalTo("MINISTERIAL_GROUP"))
                .body("history[3].reason", equalTo("no response within 30 days"));

        at(now.plus(Duration.ofDays(31)));
        EscalationRun run = barriers.escalateOverdue();

        assertThat(run.escalated()).doesNotContain(UUID.fromString(id));
        assertThat(run.overdueAtTop()).contains(UUID.fromString(id));
        given().get("/barriers/" + id).then()
                .body("tier", equalTo("MINISTERIAL_GROUP"))
                .body("status", equalTo("OPEN"))
                .body("overdue", equalTo(true));
    }

    @Test
    void shouldNotEscalateADecidedBarrierHoweverLongAgo() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"decision\":\"Local protocol agreed\",\"whitehallChange\":\"None needed\"}")
                .when().post("/barriers/" + id + "/resolve").then().statusCode(200);
        at(RAISED.plus(Duration.ofDays(400)));

        EscalationRun run = barriers.escalateOverdue();

        assertThat(run.escalated()).doesNotContain(UUID.fromString(id));
        assertThat(run.overdueAtTop()).doesNotContain(UUID.fromString(id));
        given().get("/barriers/" + id).then().body("tier", equalTo("PILOT")).body("overdue", equalTo(false));
    }

    @Test
    void shouldPutABarrierEscalatedByRuleOnTheNextMeetingOfTheGroupThatHoldsItsNewTier() {
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"reason":"The Government Office cannot broker a protocol"}""")
                .when().post("/barriers/" + id + "/escalate").then().statusCode(200);
        String officials = Meetings.group("OFFICIALS", "MONTHLY");
        String meeting = Meetings.oneOff(officials, LocalDate.of(2009, 11, 16));
        assertThat(Meetings.read(meeting).getList("agenda.barrierId")).doesNotContain(id);

        at(RAISED.plus(Duration.ofDays(15)));
        assertThat(barriers.escalateOverdue().escalated()).contains(UUID.fromString(id));

        assertThat(Meetings.read(meeting).getList("agenda.barrierId")).containsOnlyOnce(id);
        given().get("/barriers/" + id).then().body("tier", equalTo("OFFICIALS_GROUP"))
                .body("history[2].automatic", equalTo(true));
    }

    private static void at(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
