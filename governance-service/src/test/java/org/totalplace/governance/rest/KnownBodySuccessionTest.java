package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.KnownBodyReads.awaitBody;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;
import org.totalplace.governance.support.PartnerBodyEvents;
import org.totalplace.governance.support.Registers;

/**
 * Bodies that change over time, as pilots-service announces them: governance keeps what it recorded and shows the
 * body as it was then and as it is now.
 *
 * <p>Facts: DCSF became the Department for Education on 12 May 2010; the abolition of the Government Offices was
 * announced in July 2010 (seed 003), with final decisions after the Spending Review. The Government Office's
 * closing day (2011-04-01), the department its functions go to (CLG), the membership's dates and post are
 * examples, not seed facts.
 */
@QuarkusTest
class KnownBodySuccessionTest {

    private static final String DCSF_NAME = "Department for Children, Schools and Families";
    private static final String DFE_NAME = "Department for Education";
    private static final String GO_NE_NAME = "Government Office for the North East";
    private static final String CLG_NAME = "Department for Communities and Local Government";
    private static final LocalDate DFE_FROM = LocalDate.of(2010, 5, 12);
    private static final LocalDate GO_CLOSED = LocalDate.of(2011, 4, 1); // example

    @Inject
    KnownPilots pilots;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private PartnerBodyEvents events;

    @BeforeEach
    void connect() {
        events = new PartnerBodyEvents(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void shouldShowTheSuccessorInCurrentViewsButTheOriginalInPastMeetings() {
        UUID dcsf = UUID.randomUUID();
        UUID goNe = UUID.randomUUID();
        UUID clg = UUID.randomUUID();
        events.send(dcsf, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.REGISTERED, dcsf, DCSF_NAME,
                "CENTRAL_DEPARTMENT_OR_AGENCY", "DCSF", null, 0));
        events.send(goNe, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.REGISTERED, goNe, GO_NE_NAME,
                "GOVERNMENT_OFFICE", "GO-NE", "North East", 0));
        events.send(clg, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.REGISTERED, clg, CLG_NAME,
                "CENTRAL_DEPARTMENT_OR_AGENCY", "CLG", null, 0));
        awaitBody("DCSF", body -> true);
        awaitBody("GO-NE", body -> true);
        awaitBody("CLG", body -> true);

        // 2009: a pilot raises a barrier owned by "DCSF"
        at("2009-11-02T09:00:00Z");
        UUID pilot = pilots.known("pilot-" + dcsf.toString().substring(0, 8), "Bradford", "Yorkshire and The Humber");
        String barrier = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Children's services funding streams cannot be pooled",
                         "description":"Separate grant conditions","category":"FUNDING_RULES",
                         "owningDepartment":"DCSF","evidence":"The count"}""".formatted(pilot))
                .post("/barriers").then().statusCode(201)
                .body("owningBody.name", equalTo(DCSF_NAME))
                .body("currentOwningBody.name", equalTo(DCSF_NAME))
                .body("currentOwningBody.since", nullValue())
                .extract().path("id");

        // January 2010: the officials' group meets (seed 001: 18 January); the GO sits on it until March (example)
        at("2010-01-19T09:00:00Z");
        String group = Meetings.group("OFFICIALS", "MONTHLY");
        String membership = given().contentType(ContentType.JSON)
                .body("""
                        {"post":"GO lead (example)","role":"MEMBER","onBehalfOf":"%s",
                         "from":"2009-06-01","to":"2010-03-31"}""".formatted(GO_NE_NAME))
                .post("/groups/" + group + "/memberships").then().statusCode(201)
                .extract().path("id");
        String meeting = Meetings.oneOff(group, LocalDate.of(2010, 1, 18));
        Registers.record(meeting, Registers.register(List.of(Registers.entry(membership, "PRESENT", null)),
                "John Atkinson, Leadership Centre")).statusCode(200);

        // pilots-service records the rename (and, as it does, the updated entry) and the abolition
        events.send(dcsf, PartnerBodyEvents.renamed(UUID.randomUUID(), dcsf, DFE_FROM, DCSF_NAME, DFE_NAME, 1));
        events.send(dcsf, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.UPDATED, dcsf, DFE_NAME,
                "CENTRAL_DEPARTMENT_OR_AGENCY", "DCSF", null, 1));
        events.send(goNe, PartnerBodyEvents.ended(UUID.randomUUID(), goNe, "ABOLISHED", GO_CLOSED, GO_NE_NAME, clg,
                "CLG", CLG_NAME, 1));
        awaitBody("DCSF", body -> body.getList("names").size() == 2);
        awaitBody("GO-NE", body -> body.getString("endedOn") != null);

        // today
        at("2012-01-02T09:00:00Z");
        given().get("/barriers/" + barrier).then().statusCode(200)
                .body("owningDepartment", equalTo("DCSF"))
                .body("owningBody.code", equalTo("DCSF"))
                .body("owningBody.name", equalTo(DCSF_NAME))
                .body("currentOwningBody.name", equalTo(DFE_NAME))
                .body("currentOwningBody.since", equalTo("2010-05-12"));
        given().queryParam("pilotId", pilot.toString()).get("/barriers").then().statusCode(200)
                .body("items.owningBody.name", contains(DCSF_NAME))
                .body("items.currentOwningBody.name", contains(DFE_NAME));
        given().get("/groups/" + group + "/memberships/" + membership).then().statusCode(200)
                .body("onBehalfOf", equalTo(GO_NE_NAME))
                .body("onBehalfOfBody.code", equalTo("GO-NE"))
                .body("onBehalfOfBody.name", equalTo(GO_NE_NAME))
                .body("onBehalfOfBody.type", equalTo("GOVERNMENT_OFFICE"))
                .body("currentBody.code", equalTo("CLG"))
                .body("currentBody.name", equalTo(CLG_NAME))
                .body("currentBody.since", equalTo("2011-04-01"));
        given().get("/meetings/" + meeting + "/attendance").then().statusCode(200)
                .body("entries.holder", contains("GO lead (example)"))
                .body("entries.status", contains("PRESENT"))
                .body("inAttendance", contains("John Atkinson, Leadership Centre"));
        given().get("/known-bodies/go-ne").then().statusCode(200)
                .body("name", equalTo(GO_NE_NAME))
                .body("endKind", equalTo("ABOLISHED"))
                .body("endedOn", equalTo("2011-04-01"))
                .body("successor.code", equalTo("CLG"))
                .body("current.code", equalTo("CLG"));
        given().get("/known-bodies/" + dcsf).then().statusCode(200)
                .body("names.name", contains(DCSF_NAME, DFE_NAME))
                .body("names.to", contains("2010-05-11", null))
                .body("names.from", contains(null, "2010-05-12"))
                .body("current.name", equalTo(DFE_NAME))
                .body("version", equalTo(1));
    }

    @Test
    void shouldMatchTheRecordedTextByAnyNameTheBodyBoreIgnoringCase() {
        String code = "BODY-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID body = UUID.randomUUID();
        String former = "Example former name " + code;
        String current = "Example current name " + code;
        events.send(body, PartnerBodyEvents.entry(UUID.randomUUID(), PartnerBodyEvents.REGISTERED, body, former,
                "OTHER", code, null, 0));
        events.send(body, PartnerBodyEvents.renamed(UUID.randomUUID(), body, LocalDate.of(2010, 6, 1), former,
                current, 1));
        awaitBody(code, read -> read.getList("names").size() == 2);
        at("2010-01-19T09:00:00Z");
        String group = Meetings.group("OTHER", "MONTHLY");

        given().contentType(ContentType.JSON)
                .body("""
                        {"post":"Member (example)","role":"MEMBER","onBehalfOf":"%s","from":"2010-01-04"}"""
                        .formatted(former.toUpperCase()))
                .post("/groups/" + group + "/memberships").then().statusCode(201)
                .body("onBehalfOfBody.name", equalTo(former))
                .body("currentBody.name", equalTo(former));
        at("2011-01-03T09:00:00Z");
        given().queryParam("size", 200).get("/groups/" + group + "/memberships").then().statusCode(200)
                .body("items.onBehalfOfBody.name", contains(former))
                .body("items.currentBody.name", contains(current))
                .body("items.currentBody.since", contains("2010-06-01"));
    }

    @Test
    void shouldLeaveTextThatNamesNoKnownBodyAsRecorded() {
        String group = Meetings.group("OTHER", "MONTHLY");
        given().contentType(ContentType.JSON)
                .body("""
                        {"post":"Member (example)","role":"MEMBER","onBehalfOf":"A body nobody registered",
                         "from":"2010-01-04"}""")
                .post("/groups/" + group + "/memberships").then().statusCode(201)
                .body("onBehalfOf", equalTo("A body nobody registered"))
                .body("onBehalfOfBody", nullValue())
                .body("currentBody", nullValue());
        given().get("/known-bodies/NO-SUCH-BODY").then().spec(problem(404, "not-found"));
        given().get("/known-bodies/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
    }

    private static void at(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }
}
