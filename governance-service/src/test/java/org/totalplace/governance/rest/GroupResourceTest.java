package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.totalplace.governance.support.Problems.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.GovernanceGroup;
import org.totalplace.governance.domain.QuorumRule;
import org.totalplace.governance.support.StoredRows;

@QuarkusTest
class GroupResourceTest {

    @Inject
    StoredRows rows;

    private static final String PROBLEM_JSON = "application/problem+json";

    // --- create --------------------------------------------------------------------------------------

    @Test
    void shouldCreateOfficialsGroupWithLocationAndEtag() {
        String code = uniqueCode("officials");

        ExtractableResponse<Response> created = given()
                .contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"High-level officials' group","kind":"OFFICIALS",
                         "chair":"Sir Michael Bichard","cadence":"MONTHLY",
                         "purpose":"Reviews pilots' progress and barriers before they go to ministers"}
                        """.formatted(code))
                .when().post("/groups")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("name", equalTo("High-level officials' group"))
                .body("kind", equalTo("OFFICIALS"))
                .body("pilotId", nullValue())
                .body("chair", equalTo("Sir Michael Bichard"))
                .body("cadence", equalTo("MONTHLY"))
                .body("purpose", equalTo("Reviews pilots' progress and barriers before they go to ministers"))
                .body("quorum.kind", equalTo("MAJORITY"))
                .body("quorum.seats", nullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract();

        String id = created.path("id");
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.header("Location")).endsWith("/groups/" + id);
        GovernanceGroup stored = QuarkusTransaction.requiringNew()
                .call(() -> GovernanceGroup.<GovernanceGroup>findById(UUID.fromString(id)));
        assertThat(rows.outboxRowsAbout(UUID.fromString(id))).as("one group-created event recorded").isOne();
        assertThat(stored.code()).isEqualTo(code);
        assertThat(stored.chair()).isEqualTo("Sir Michael Bichard");
        assertThat(stored.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(stored.createdAt()).isEqualTo(stored.updatedAt());
        assertThat(stored.quorum()).isEqualTo(QuorumRule.majority());
    }

    @Test
    void shouldCreateAGroupWithAnAtLeastQuorumAndShowIt() {
        String code = uniqueCode("quorum");

        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Leaders' group","kind":"OTHER","quorum":{"kind":"AT_LEAST","seats":3}}
                        """.formatted(code))
                .when().post("/groups")
                .then()
                .statusCode(201)
                .body("quorum.kind", equalTo("AT_LEAST"))
                .body("quorum.seats", equalTo(3))
                .extract().path("id");

        given().when().get("/groups/{id}", id)
                .then().statusCode(200)
                .body("quorum.kind", equalTo("AT_LEAST"))
                .body("quorum.seats", equalTo(3));
        GovernanceGroup stored = QuarkusTransaction.requiringNew()
                .call(() -> GovernanceGroup.<GovernanceGroup>findById(UUID.fromString(id)));
        assertThat(stored.quorum()).isEqualTo(QuorumRule.atLeast(3));
    }

    @Test
    void shouldCreatePilotBoardThatNamesItsPilot() {
        UUID pilotId = UUID.randomUUID();
        String code = uniqueCode("lewisham-board");

        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Lewisham Total Place board","kind":"PILOT_BOARD","pilotId":"%s"}
                        """.formatted(code, pilotId))
                .when().post("/groups")
                .then()
                .statusCode(201)
                .body("kind", equalTo("PILOT_BOARD"))
                .body("pilotId", equalTo(pilotId.toString()))
                .body("chair", nullValue())
                .body("cadence", nullValue());

        assertThat(storedGroups(code)).isEqualTo(1);
    }

    @Test
    void shouldReadGroupByIdAndByCodeWithEtag() {
        String code = uniqueCode("ministerial");
        String id = create(code, "Ministerial group", "MINISTERIAL", null);

        for (String key : List.of(id, code)) {
            given().when().get("/groups/{key}", key)
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("id", equalTo(id))
                    .body("code", equalTo(code))
                    .body("kind", equalTo("MINISTERIAL"));
        }
    }

    // --- list ----------------------------------------------------------------------------------------

    @Test
    void shouldPageOnePilotsGroupsWithTotalAndLinks() {
        UUID pilotId = UUID.randomUUID();
        String prefix = uniqueCode("paged");
        create(prefix + "-c", "Charlie board", "PILOT_BOARD", pilotId);
        create(prefix + "-a", "Alpha board", "PILOT_BOARD", pilotId);
        create(prefix + "-b", "Bravo board", "PILOT_BOARD", pilotId);
        create(uniqueCode("other-pilot"), "Another pilot's board", "PILOT_BOARD", UUID.randomUUID());

        ExtractableResponse<Response> first = given()
                .queryParam("pilotId", pilotId).queryParam("size", 2).queryParam("sort", "name")
                .when().get("/groups")
                .then()
                .statusCode(200)
                .body("items.name", contains("Alpha board", "Bravo board"))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("total", equalTo(3))
                .extract();
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1").doesNotContain("rel=\"prev\"");

        ExtractableResponse<Response> second = given()
                .queryParam("pilotId", pilotId).queryParam("size", 2).queryParam("sort", "name").queryParam("page", 1)
                .when().get("/groups")
                .then()
                .statusCode(200)
                .body("items.name", contains("Charlie board"))
                .body("page", equalTo(1))
                .body("total", equalTo(3))
                .extract();
        assertThat(second.header("Link")).contains("rel=\"prev\"").contains("page=0").doesNotContain("rel=\"next\"");
    }

    @Test
    void shouldSortDescendingWhenSortStartsWithMinus() {
        UUID pilotId = UUID.randomUUID();
        String prefix = uniqueCode("sorted");
        create(prefix + "-a", "Alpha board", "PILOT_BOARD", pilotId);
        create(prefix + "-b", "Bravo board", "PILOT_BOARD", pilotId);

        given().queryParam("pilotId", pilotId).queryParam("sort", "-code")
                .when().get("/groups")
                .then()
                .statusCode(200)
                .body("items.code", contains(prefix + "-b", prefix + "-a"));
    }

    @Test
    void shouldFilterByKind() {
        String improvement = uniqueCode("improvement-board");
        String other = uniqueCode("working-group");
        create(improvement, "LGA Improvement Board", "IMPROVEMENT_BOARD", null);
        create(other, "Working group", "OTHER", null);

        given().queryParam("kind", "IMPROVEMENT_BOARD").queryParam("size", 200)
                .when().get("/groups")
                .then()
                .statusCode(200)
                .body("items.kind", everyItem(equalTo("IMPROVEMENT_BOARD")))
                .body("items.code", hasItem(improvement))
                .body("items.code", not(hasItem(other)));
    }

    @Test
    void shouldReturnEmptyPageWithoutLinksForPilotWithoutGroups() {
        ExtractableResponse<Response> response = given().queryParam("pilotId", UUID.randomUUID())
                .when().get("/groups")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0))
                .body("size", equalTo(50))
                .extract();
        assertThat(response.header("Link")).isNull();
    }

    static Stream<Arguments> badListQueries() {
        return Stream.of(
                Arguments.of("sort", "chair", "sort"),
                Arguments.of("sort", "-purpose", "sort"),
                Arguments.of("size", "0", "size"),
                Arguments.of("size", "201", "size"),
                Arguments.of("size", "many", "size"),
                Arguments.of("page", "-1", "page"),
                Arguments.of("page", "first", "page"),
                Arguments.of("kind", "CABINET", "kind"),
                Arguments.of("pilotId", "lewisham", "pilotId"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badListQueries")
    void shouldRejectBadListQueryNamingTheParameter(String parameter, String value, String field) {
        given().queryParam(parameter, value)
                .when().get("/groups")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/groups"))
                .body("errors.field", contains(field));
    }

    // --- read one: errors ----------------------------------------------------------------------------

    @Test
    void shouldAnswerNotFoundProblemForUnknownCode() {
        given().when().get("/groups/{code}", "no-such-group")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:not-found"))
                .body("instance", equalTo("/groups/no-such-group"))
                .body("detail", containsString("no-such-group"));
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownId() {
        given().when().get("/groups/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .body("type", equalTo("urn:totalplace:problem:not-found"));
    }

    @Test
    void shouldAnswerNotAcceptableProblemWhenClientOnlyAcceptsXml() {
        given().accept("application/xml")
                .when().get("/groups")
                .then()
                .statusCode(406)
                .body(containsString("urn:totalplace:problem:not-acceptable"));
    }

    @Test
    void shouldAnswerMethodNotAllowedProblemForDelete() {
        given().when().delete("/groups")
                .then()
                .statusCode(405)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:method-not-allowed"));
    }

    // --- create: errors ------------------------------------------------------------------------------

    static Stream<Arguments> invalidBodies() {
        String pilot = UUID.randomUUID().toString();
        return Stream.of(
                Arguments.of("missing code", """
                        {"name":"Officials","kind":"OFFICIALS"}""", "validation", "code"),
                Arguments.of("blank code", """
                        {"code":"  ","name":"Officials","kind":"OFFICIALS"}""", "validation", "code"),
                Arguments.of("code with capitals and spaces", """
                        {"code":"Officials Group","name":"Officials","kind":"OFFICIALS"}""", "validation", "code"),
                Arguments.of("code with a double hyphen", """
                        {"code":"officials--group","name":"Officials","kind":"OFFICIALS"}""", "validation", "code"),
                Arguments.of("code longer than 60", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS"}""".formatted("a".repeat(61)),
                        "validation", "code"),
                Arguments.of("missing name", """
                        {"code":"%s","kind":"OFFICIALS"}""", "validation", "name"),
                Arguments.of("blank name", """
                        {"code":"%s","name":" ","kind":"OFFICIALS"}""", "validation", "name"),
                Arguments.of("name longer than 200", """
                        {"code":"%%s","name":"%s","kind":"OFFICIALS"}""".formatted("n".repeat(201)),
                        "validation", "name"),
                Arguments.of("missing kind", """
                        {"code":"%s","name":"Officials"}""", "validation", "kind"),
                Arguments.of("blank chair", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","chair":"   "}""", "validation", "chair"),
                Arguments.of("blank purpose", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","purpose":""}""", "validation", "purpose"),
                Arguments.of("unknown kind", """
                        {"code":"%s","name":"Officials","kind":"CABINET"}""", "validation", "kind"),
                Arguments.of("unknown cadence", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","cadence":"DAILY"}""",
                        "validation", "cadence"),
                Arguments.of("pilotId not a UUID", """
                        {"code":"%s","name":"Lewisham board","kind":"PILOT_BOARD","pilotId":"lewisham"}""",
                        "validation", "pilotId"),
                Arguments.of("name not a string", """
                        {"code":"%s","name":{"en":"Officials"},"kind":"OFFICIALS"}""", "validation", "name"),
                Arguments.of("kind as a number", """
                        {"code":"%s","name":"Officials","kind":1}""", "validation", "kind"),
                Arguments.of("name as a number", """
                        {"code":"%s","name":5,"kind":"OFFICIALS"}""", "validation", "name"),
                Arguments.of("body is an array", """
                        [{"code":"%s"}]""", "validation", ""),
                Arguments.of("unknown field", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","members":["HMT"]}""",
                        "unknown-field", "members"),
                Arguments.of("truncated JSON", """
                        {"code":"%s","name":"Offic""", "malformed-json", "name"),
                Arguments.of("PILOT_BOARD without pilotId", """
                        {"code":"%s","name":"Lewisham board","kind":"PILOT_BOARD"}""", "rule-violation", "pilotId"),
                Arguments.of("AT_LEAST quorum without seats", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","quorum":{"kind":"AT_LEAST"}}""",
                        "rule-violation", "quorum.seats"),
                Arguments.of("MAJORITY quorum naming seats", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","quorum":{"kind":"MAJORITY","seats":4}}""",
                        "rule-violation", "quorum.seats"),
                Arguments.of("quorum of no seats", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","quorum":{"kind":"AT_LEAST","seats":0}}""",
                        "validation", "quorum.seats"),
                Arguments.of("quorum without kind", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","quorum":{"seats":3}}""",
                        "validation", "quorum.kind"),
                Arguments.of("unknown quorum kind", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","quorum":{"kind":"UNANIMOUS"}}""",
                        "validation", "quorum.kind"),
                Arguments.of("OFFICIALS naming a pilot", """
                        {"code":"%s","name":"Officials","kind":"OFFICIALS","pilotId":"PILOT"}"""
                        .replace("PILOT", pilot), "rule-violation", "pilotId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidBodies")
    void shouldRejectInvalidGroupNamingTheFieldAndStoreNothing(String description, String bodyTemplate,
                                                                String kind, String field) {
        String code = uniqueCode("rejected");
        String body = bodyTemplate.contains("%s") ? bodyTemplate.formatted(code) : bodyTemplate;
        int status = "rule-violation".equals(kind) ? 422 : 400;
        long groupsBefore = rows.groups();
        long outboxBefore = rows.outboxRows();

        given().contentType(ContentType.JSON).body(body)
                .when().post("/groups")
                .then()
                .spec(problem(status, kind))
                .body("title", notNullValue())
                .body("instance", equalTo("/groups"))
                .body("errors.field", hasItem(field))
                .body("errors.message", everyItem(notNullValue()));

        assertNothingStoredFor(code);
        assertThat(rows.groups()).as("groups stored").isEqualTo(groupsBefore);
        assertThat(rows.outboxRows()).as("outbox rows").isEqualTo(outboxBefore);
    }

    @Test
    void shouldListTheKindsWhenKindIsUnknown() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Cabinet","kind":"CABINET"}""".formatted(uniqueCode("cabinet")))
                .when().post("/groups")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("MINISTERIAL, OFFICIALS, IMPROVEMENT_BOARD, PILOT_BOARD, OTHER"));
    }

    @Test
    void shouldLocateMalformedJson() {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"broken\",\n \"name\": \"Officials\" \"kind\":\"OFFICIALS\"}")
                .when().post("/groups")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:malformed-json"))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].column", notNullValue());
        assertNothingStoredFor("broken");
    }

    @Test
    void shouldExplainWhichRuleRejectedAPilotBoardWithoutPilot() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Board","kind":"PILOT_BOARD"}""".formatted(uniqueCode("no-pilot")))
                .when().post("/groups")
                .then()
                .statusCode(422)
                .body("title", notNullValue())
                .body("detail", containsString("PILOT_BOARD"))
                .body("errors[0].field", equalTo("pilotId"))
                .body("errors[0].message", containsString("must name the pilot"));
    }

    @Test
    void shouldFindGroupByCodeWhateverItsCase() {
        String code = uniqueCode("case");
        String id = create(code, "Case group", "OTHER", null);

        given().when().get("/groups/{code}", code.toUpperCase())
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldAnswerNotModifiedWhenIfNoneMatchHasTheCurrentEtag() {
        String code = uniqueCode("cached");
        create(code, "Cached group", "OTHER", null);

        given().header("If-None-Match", "\"0\"")
                .when().get("/groups/{code}", code)
                .then().statusCode(304);
        given().header("If-None-Match", "\"7\"")
                .when().get("/groups/{code}", code)
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void shouldRejectEmptyBody() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/groups")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors.field", contains("body"));
    }

    @Test
    void shouldRejectDuplicateCodeWithConflictAndKeepTheFirstGroup() {
        String code = uniqueCode("duplicate");
        String firstId = create(code, "First", "OFFICIALS", null);
        long outboxRowsBefore = outboxRowsFor(code);

        given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"Second","kind":"MINISTERIAL"}""".formatted(code))
                .when().post("/groups")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:conflict"))
                .body("errors.field", contains("code"))
                .body("detail", containsString(code));

        assertThat(storedGroups(code)).isEqualTo(1);
        assertThat(outboxRowsFor(code)).isEqualTo(outboxRowsBefore).isEqualTo(1);
        given().when().get("/groups/{code}", code)
                .then().statusCode(200).body("id", equalTo(firstId)).body("name", equalTo("First"));
    }

    @Test
    void shouldLetExactlyOneOfManyConcurrentCreatesWithTheSameCodeSucceed() throws Exception {
        String code = uniqueCode("race");
        int attempts = 6;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                String name = "Racer " + i;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON)
                            .body("""
                                    {"code":"%s","name":"%s","kind":"OTHER"}""".formatted(code, name))
                            .when().post("/groups")
                            .then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                results.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedGroups(code)).isEqualTo(1);
        assertThat(outboxRowsFor(code)).isEqualTo(1);
    }

    @Test
    void shouldRejectNonJsonBodyAsUnsupportedMediaType() {
        String code = uniqueCode("plain-text");
        given().contentType(ContentType.TEXT).body("code=" + code)
                .when().post("/groups")
                .then()
                .statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:unsupported-media-type"));
        assertNothingStoredFor(code);
    }

    @Test
    void shouldRejectBodyAboveTheSizeLimitBeforeReadingIt() {
        String code = uniqueCode("too-large");
        String body = """
                {"code":"%s","name":"Officials","kind":"OFFICIALS","purpose":"%s"}"""
                .formatted(code, "p".repeat(262_144));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/groups")
                .then()
                .statusCode(413)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:totalplace:problem:payload-too-large"))
                .body("errors.field", contains("Content-Length"));
        assertNothingStoredFor(code);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String create(String code, String name, String kind, UUID pilotId) {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"code":"%s","name":"%s","kind":"%s","pilotId":%s}""".formatted(
                        code, name, kind, pilotId == null ? "null" : "\"" + pilotId + "\""))
                .when().post("/groups")
                .then().statusCode(201)
                .extract().path("id");
    }

    private long storedGroups(String code) {
        return rows.groupsWithCode(code);
    }

    private long outboxRowsFor(String code) {
        return rows.outboxRowsMentioning("\"code\":\"" + code + "\"");
    }

    private void assertNothingStoredFor(String code) {
        assertThat(storedGroups(code)).as("groups stored with code %s", code).isZero();
        assertThat(outboxRowsFor(code)).as("outbox rows for code %s", code).isZero();
    }
}
