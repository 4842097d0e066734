package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Memberships of governance groups over HTTP: starting, reading, listing as of a day or in full, ending. */
@QuarkusTest
class MembershipResourceTest {

    /** The officials' group met monthly through the autumn of 2009. */
    private static final Instant NOW = Instant.parse("2009-11-02T09:00:00Z");

    private String group;

    @BeforeEach
    void setTheClockAndCreateAGroup() {
        QuarkusMock.installMockForType(Clock.fixed(NOW, ZoneOffset.UTC), Clock.class);
        group = "officials-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"High-level officials' group","kind":"OFFICIALS","cadence":"MONTHLY"}"""
                        .formatted(group))
                .when().post("/groups")
                .then().statusCode(201);
    }

    // --- start ------------------------------------------------------------------------------------

    @Test
    void shouldStartAPostsMembershipWithLocationAndEtag() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body("""
                        {"post":"Chief Secretary to the Treasury","role":"MEMBER","onBehalfOf":"HM Treasury",
                         "from":"2009-04-22"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .statusCode(201)
                .body("post", equalTo("Chief Secretary to the Treasury"))
                .body("person", nullValue())
                .body("role", equalTo("MEMBER"))
                .body("onBehalfOf", equalTo("HM Treasury"))
                .body("from", equalTo("2009-04-22"))
                .body("to", nullValue())
                .body("version", equalTo(0))
                .extract();
        String id = created.path("id");
        String groupId = created.path("groupId");

        assertThat(created.header("Location")).endsWith("/groups/" + groupId + "/memberships/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        given().when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", "\"0\"").body("id", equalTo(id));
        given().header("If-None-Match", "\"0\"").when().get("/groups/{group}/memberships/{id}", group, id)
                .then().statusCode(304);
    }

    @Test
    void shouldRejectAMembershipNamingBothPersonAndPost() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr Margaret Eaton","post":"Chairman of the LGA","role":"MEMBER",
                         "from":"2009-04-22"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("person"))
                .body("errors[0].message", containsString("not both"));
    }

    @Test
    void shouldRejectAMembershipNamingNeitherPersonNorPost() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"role":"OBSERVER","onBehalfOf":"Audit Commission","from":"2009-04-22"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("person"));
    }

    @Test
    void shouldRejectAMembershipEndingBeforeItStarts() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Sir Michael Bichard","role":"MEMBER","from":"2009-04-22","to":"2009-04-21"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRejectAnUnknownRoleAndAMissingFromAsValidation() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Sir Michael Bichard","role":"PRESIDENT","from":"2009-04-22"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("role"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Sir Michael Bichard","role":"MEMBER"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldRefuseASecondChairOverlappingTheCurrentOneNamingIt() {
        start("""
                {"person":"Lord Michael Bichard","role":"CHAIR","from":"2009-04-22"}""");

        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Sir Gus O'Donnell","role":"CHAIR","from":"2009-10-01"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(409, "conflict"))
                .body("detail", containsString("Lord Michael Bichard"))
                .body("errors[0].field", equalTo("role"));
    }

    @Test
    void shouldAllowANewChairOnceTheFormerChairsMembershipEnded() {
        String bichard = start("""
                {"person":"Lord Michael Bichard","role":"CHAIR","from":"2009-04-22"}""");
        given().contentType(ContentType.JSON).body("""
                        {"to":"2009-12-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, bichard)
                .then().statusCode(200);

        start("""
                {"post":"Permanent Secretary, Communities and Local Government","role":"CHAIR","from":"2010-01-01"}""");
    }

    @Test
    void shouldStartAnAlternateForACurrentMember() {
        String eaton = start("""
                {"person":"Cllr Margaret Eaton","role":"MEMBER","onBehalfOf":"LGA","from":"2009-04-22"}""");

        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","onBehalfOf":"LGA",
                         "from":"2009-04-22"}""".formatted(eaton))
                .when().post("/groups/{group}/memberships", group)
                .then()
                .statusCode(201)
                .body("role", equalTo("ALTERNATE"))
                .body("alternateFor", equalTo(eaton));
    }

    @Test
    void shouldRejectAnAlternateForAnUnknownMembership() {
        UUID unknown = UUID.randomUUID();

        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","from":"2009-04-22"}"""
                        .formatted(unknown))
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("alternateFor"))
                .body("errors[0].message", containsString(unknown.toString()));
    }

    @Test
    void shouldRejectAnAlternateForAMemberOfAnotherGroup() {
        String ministers = "ministers-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Ministerial group","kind":"MINISTERIAL"}""".formatted(ministers))
                .when().post("/groups").then().statusCode(201);
        String eatonOnTheMinisters = given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr Margaret Eaton","role":"MEMBER","from":"2009-04-22"}""")
                .when().post("/groups/{group}/memberships", ministers)
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","from":"2009-04-22"}"""
                        .formatted(eatonOnTheMinisters))
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("alternateFor"));
    }

    @Test
    void shouldRejectAnAlternateForAnObserverOrWithoutAlternateFor() {
        String observer = start("""
                {"post":"Controller, Audit Commission","role":"OBSERVER","from":"2009-04-22"}""");

        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","from":"2009-04-22"}"""
                        .formatted(observer))
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("alternateFor"))
                .body("errors[0].message", containsString("OBSERVER"));
        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr David Parsons","role":"ALTERNATE","from":"2009-04-22"}""")
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("alternateFor"));
    }

    @Test
    void shouldRejectAnAlternateOutlastingTheMemberItStandsInFor() {
        String eaton = start("""
                {"person":"Cllr Margaret Eaton","role":"MEMBER","from":"2009-04-22","to":"2010-03-31"}""");

        given().contentType(ContentType.JSON)
                .body("""
                        {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","from":"2009-04-22"}"""
                        .formatted(eaton))
                .when().post("/groups/{group}/memberships", group)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("alternateFor"))
                .body("errors[0].message", containsString("does not cover"));
    }

    // --- end, history, asOf -----------------------------------------------------------------------

    @Test
    void shouldEndAMembershipKeepingItInTheHistoryButNotInTodaysList() {
        String stays = start("""
                {"post":"Permanent Secretary, HM Treasury","role":"MEMBER","from":"2009-04-22"}""");
        String leaves = start("""
                {"post":"Director General, Home Office","role":"MEMBER","from":"2009-05-01"}""");

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                        {"to":"2009-10-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, leaves)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("to", equalTo("2009-10-31"))
                .body("version", equalTo(1));

        given().when().get("/groups/{group}/memberships", group)
                .then().statusCode(200)
                .body("items.id", contains(stays))
                .body("total", equalTo(1));
        given().queryParam("asOf", "2009-10-31").when().get("/groups/{group}/memberships", group)
                .then().statusCode(200)
                .body("items.id", contains(stays, leaves));
        given().queryParam("asOf", "2009-04-30").when().get("/groups/{group}/memberships", group)
                .then().statusCode(200)
                .body("items.id", contains(stays));
        given().queryParam("history", true).when().get("/groups/{group}/memberships", group)
                .then().statusCode(200)
                .body("items.id", contains(stays, leaves))
                .body("items.to", contains(null, "2009-10-31"));
    }

    @Test
    void shouldRefuseToEndAMembershipTwice() {
        String id = start("""
                {"post":"Director General, DWP","role":"MEMBER","from":"2009-04-22"}""");
        given().contentType(ContentType.JSON).body("""
                        {"to":"2009-10-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, id)
                .then().statusCode(200);

        given().contentType(ContentType.JSON).body("""
                        {"to":"2009-11-30"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, id)
                .then()
                .spec(problem(409, "conflict"))
                .body("detail", containsString("already ended on 2009-10-31"));
    }

    @Test
    void shouldRefuseToEndAMemberBeforeTheAlternateStandingInForThem() {
        String eaton = start("""
                {"person":"Cllr Margaret Eaton","role":"MEMBER","onBehalfOf":"LGA","from":"2009-04-22"}""");
        String parsons = start("""
                {"person":"Cllr David Parsons","role":"ALTERNATE","alternateFor":"%s","from":"2009-04-22"}"""
                .formatted(eaton));

        given().contentType(ContentType.JSON).body("""
                        {"to":"2010-03-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, eaton)
                .then()
                .spec(problem(409, "conflict"))
                .body("detail", containsString("Cllr David Parsons"))
                .body("errors[0].field", equalTo("to"));

        given().contentType(ContentType.JSON).body("""
                        {"to":"2010-03-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, parsons)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body("""
                        {"to":"2010-03-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, eaton)
                .then().statusCode(200).body("to", equalTo("2010-03-31"));
    }

    @Test
    void shouldLetExactlyOneOfTwoChairsStartedAtOnceSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (String chair : List.of("Lord Michael Bichard", "Sir Gus O'Donnell")) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return given().contentType(ContentType.JSON)
                            .body("""
                                    {"person":"%s","role":"CHAIR","from":"2009-04-22"}""".formatted(chair))
                            .when().post("/groups/{group}/memberships", group)
                            .then().extract().statusCode();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                codes.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(codes).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        given().queryParam("history", true).when().get("/groups/{group}/memberships", group)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldRejectAnEndBeforeTheStart() {
        String id = start("""
                {"post":"Director General, DH","role":"MEMBER","from":"2009-04-22"}""");

        given().contentType(ContentType.JSON).body("""
                        {"to":"2009-04-01"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, id)
                .then()
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRefuseAnEndWithAStaleIfMatch() {
        String id = start("""
                {"post":"Director General, DCSF","role":"MEMBER","from":"2009-04-22"}""");

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body("""
                        {"to":"2009-10-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, id)
                .then()
                .spec(problem(412, "precondition-failed"));
        given().when().get("/groups/{group}/memberships/{id}", group, id)
                .then().statusCode(200).body("to", nullValue()).header("ETag", "\"0\"");
    }

    @Test
    void shouldAnswer404ForAnUnknownGroupOrMembership() {
        given().when().get("/groups/{group}/memberships", "no-such-group")
                .then().spec(problem(404, "not-found"));
        given().when().get("/groups/{group}/memberships/{id}", group, UUID.randomUUID())
                .then().spec(problem(404, "not-found"));
        given().contentType(ContentType.JSON).body("""
                        {"to":"2009-10-31"}""")
                .when().post("/groups/{group}/memberships/{id}/end", group, UUID.randomUUID())
                .then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldRejectAnAsOfThatIsNoDayOrIsCombinedWithHistory() {
        given().queryParam("asOf", "2010-02-30").when().get("/groups/{group}/memberships", group)
                .then().spec(problem(400, "validation")).body("errors[0].field", containsString("asOf"));
        given().queryParam("asOf", "1 April").when().get("/groups/{group}/memberships", group)
                .then().spec(problem(400, "validation")).body("errors[0].field", containsString("asOf"));
        given().queryParam("asOf", "2009-10-01").queryParam("history", true)
                .when().get("/groups/{group}/memberships", group)
                .then().spec(problem(400, "validation")).body("errors[0].field", containsString("asOf"));
    }

    @Test
    void shouldPageTheMembersWithLinks() {
        for (int i = 0; i < 3; i++) {
            start("""
                    {"post":"Director General %d","role":"MEMBER","from":"2009-04-2%d"}""".formatted(i, i + 2));
        }

        ExtractableResponse<Response> first = given().queryParam("size", 2)
                .when().get("/groups/{group}/memberships", group)
                .then().statusCode(200)
                .body("items.post", contains("Director General 0", "Director General 1"))
                .body("total", equalTo(3))
                .extract();
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1");
        given().queryParam("size", 2).queryParam("page", 1)
                .when().get("/groups/{group}/memberships", group)
                .then().statusCode(200)
                .body("items.post", contains("Director General 2"))
                .body("items.post", not(hasItem("Director General 0")));
    }

    private String start(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/groups/{group}/memberships", group)
                .then().statusCode(201).extract().path("id");
    }
}
