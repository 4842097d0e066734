package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;
import static org.totalplace.pilots.support.TimetableCalls.act;
import static org.totalplace.pilots.support.TimetableCalls.giveBack;
import static org.totalplace.pilots.support.TimetableCalls.registerPilot;
import static org.totalplace.pilots.support.TimetableCalls.startSubmission;
import static org.totalplace.pilots.support.TimetableCalls.writeSection;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.StoredRows;

/** A pilot's submissions to the reporting points, and the life each goes through. */
@QuarkusTest
class SubmissionResourceTest {

    /** A week before final reports for Budget 2010 were due. */
    private static final Instant BEFORE_BUDGET_DEADLINE = Instant.parse("2010-01-29T09:00:00Z");
    private static final String FINANCES = "Pooling early-years budgets saves £3.1m a year from 2011-12";
    private static final String WHITEHALL = "DCSF to let Sure Start and PCT health visiting budgets be pooled";

    @Inject
    StoredRows rows;

    private String pilot;

    @BeforeEach
    void setTheClockAndRegisterAPilot() {
        setClock(BEFORE_BUDGET_DEADLINE);
        pilot = registerPilot();
    }

    // --- the whole life of a submission -------------------------------------------------------------

    @Test
    void shouldStartADraftToAReportingPoint() {
        Response started = startSubmission(pilot, "BUDGET-2010");
        String id = started.path("id");

        started.then().statusCode(201)
                .header("Location", endsWith("/pilots/" + pilot + "/submissions/" + id))
                .header("ETag", "\"0\"")
                .body("reportingPoint", equalTo("BUDGET-2010"))
                .body("dueDate", equalTo("2010-02-05"))
                .body("state", equalTo("DRAFT"))
                .body("missingSections", equalTo(List.of("financial-implications", "whitehall-changes")))
                .body("overdue", equalTo(false))
                .body("history.size()", equalTo(1))
                .body("history[0].from", nullValue())
                .body("history[0].to", equalTo("DRAFT"))
                .body("history[0].by", equalTo("lead@" + pilot.substring(0, 8) + ".example"))
                .body("history[0].at", equalTo("2010-01-29T09:00:00Z"));
        given().get(started.header("Location")).then().statusCode(200).header("ETag", "\"0\"");
        given().header("If-None-Match", "\"0\"").get(started.header("Location")).then().statusCode(304);
    }

    @Test
    void shouldTakeASubmissionFromDraftThroughReturnAndResubmissionToAccepted() {
        String id = startSubmission(pilot, "budget-2010").path("id");
        writeSection(pilot, id, "financial-implications", FINANCES, "\"0\"").then().statusCode(200).header("ETag", "\"1\"");
        writeSection(pilot, id, "whitehall-changes", "To follow", "\"1\"").then().statusCode(200).header("ETag", "\"2\"");

        act(pilot, id, "submit", "\"2\"").then().statusCode(200).header("ETag", "\"3\"").body("state", equalTo("SUBMITTED"));
        giveBack(pilot, id, Map.of("reason", "  Say which changes Whitehall must make  "), "\"3\"").then()
                .statusCode(200).body("state", equalTo("RETURNED"));
        writeSection(pilot, id, "whitehall-changes", WHITEHALL, "\"4\"").then().statusCode(200);
        act(pilot, id, "submit", "\"5\"").then().statusCode(200).body("state", equalTo("SUBMITTED"));
        Response accepted = act(pilot, id, "accept", "\"6\"");

        accepted.then().statusCode(200)
                .header("ETag", "\"7\"")
                .body("state", equalTo("ACCEPTED"))
                .body("sections.financial-implications", equalTo(FINANCES))
                .body("sections.whitehall-changes", equalTo(WHITEHALL))
                .body("missingSections", empty())
                .body("history.from", equalTo(java.util.Arrays.asList(null, "DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED")))
                .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED")))
                .body("history[2].reason", equalTo("Say which changes Whitehall must make"))
                .body("history[2].by", equalTo("programme.team@clg.example"))
                .body("history[1].reason", nullValue());
    }

    @Test
    void shouldSubmitToThePreBudgetReportWhateverSectionsThePilotWrites() {
        String id = startSubmission(pilot, "PBR-2009").path("id");
        writeSection(pilot, id, "summer-findings", "Mapped £7.2bn across 41 bodies", "\"0\"").then().statusCode(200);

        act(pilot, id, "submit", "\"1\"").then().statusCode(200).body("state", equalTo("SUBMITTED"))
                .body("sections.summer-findings", equalTo("Mapped £7.2bn across 41 bodies"));
    }

    // --- what is refused ------------------------------------------------------------------------------

    @Test
    void shouldRefuseToSubmitWhileRequiredSectionsAreBlankListingThem() {
        String id = startSubmission(pilot, "BUDGET-2010").path("id");
        writeSection(pilot, id, "whitehall-changes", "   ", "\"0\"").then().statusCode(200);
        long events = events();

        act(pilot, id, "submit", "\"1\"").then().spec(problem(409, "conflict"))
                .body("detail", equalTo("the required sections financial-implications, whitehall-changes are blank; "
                        + "write them before submitting"))
                .body("errors[0].field", equalTo("sections"));
        writeSection(pilot, id, "financial-implications", FINANCES, "\"1\"").then().statusCode(200);
        act(pilot, id, "submit", "\"2\"").then().spec(problem(409, "conflict"))
                .body("detail", containsString("section whitehall-changes is blank"));
        given().get("/pilots/{p}/submissions/{s}", pilot, id).then().body("state", equalTo("DRAFT"))
                .body("missingSections", equalTo(List.of("whitehall-changes")));
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void shouldRequireAReasonToReturnASubmission() {
        String id = submitted();

        giveBack(pilot, id, Map.of("reason", "  "), "\"3\"").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("reason"));
        giveBack(pilot, id, Map.of(), "\"3\"").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("reason"));
        given().get("/pilots/{p}/submissions/{s}", pilot, id).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseEveryTransitionADraftCannotMake() {
        String id = startSubmission(pilot, "BUDGET-2010").path("id");

        assertRefused(act(pilot, id, "accept", "\"0\""), "only a SUBMITTED submission can be accepted; this one is DRAFT");
        assertRefused(giveBack(pilot, id, Map.of("reason", "Too early"), "\"0\""),
                "only a SUBMITTED submission can be returned; this one is DRAFT");
        given().get("/pilots/{p}/submissions/{s}", pilot, id).then().header("ETag", "\"0\"").body("state", equalTo("DRAFT"));
    }

    @Test
    void shouldRefuseEveryTransitionASubmittedSubmissionCannotMake() {
        String id = submitted();

        assertRefused(act(pilot, id, "submit", "\"3\""),
                "the submission is already SUBMITTED; it can only be accepted or returned now");
        assertRefused(writeSection(pilot, id, "whitehall-changes", "A late thought", "\"3\""),
                "the submission is SUBMITTED and cannot be edited unless it is returned");
        given().get("/pilots/{p}/submissions/{s}", pilot, id).then().header("ETag", "\"3\"")
                .body("sections.whitehall-changes", equalTo(WHITEHALL));
    }

    @Test
    void shouldRefuseEveryTransitionAReturnedSubmissionCannotMake() {
        String id = submitted();
        giveBack(pilot, id, Map.of("reason", "Cost the proposals"), "\"3\"").then().statusCode(200);

        assertRefused(act(pilot, id, "accept", "\"4\""),
                "only a SUBMITTED submission can be accepted; this one is RETURNED and must be submitted again first");
        assertRefused(giveBack(pilot, id, Map.of("reason", "Again"), "\"4\""),
                "only a SUBMITTED submission can be returned; this one is RETURNED and must be submitted again first");
    }

    @Test
    void shouldKeepAnAcceptedSubmissionFinal() {
        String id = submitted();
        act(pilot, id, "accept", "\"3\"").then().statusCode(200);
        long events = events();

        assertRefused(act(pilot, id, "submit", "\"4\""), "the submission is ACCEPTED, which is final; it can no longer be submitted");
        assertRefused(act(pilot, id, "accept", "\"4\""), "the submission is ACCEPTED, which is final; it can no longer be accepted");
        assertRefused(giveBack(pilot, id, Map.of("reason", "Second thoughts"), "\"4\""),
                "the submission is ACCEPTED, which is final; it can no longer be returned");
        assertRefused(writeSection(pilot, id, "financial-implications", "Revised", "\"4\""),
                "the submission is ACCEPTED, which is final; it cannot be edited");
        given().get("/pilots/{p}/submissions/{s}", pilot, id).then().header("ETag", "\"4\"")
                .body("state", equalTo("ACCEPTED")).body("history.size()", equalTo(3));
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void shouldAllowOneSubmissionPerPilotAndReportingPoint() {
        String first = startSubmission(pilot, "BUDGET-2010").path("id");

        startSubmission(pilot, "BUDGET-2010").then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("reportingPoint"))
                .body("detail", containsString(first));
        startSubmission(pilot, "PBR-2009").then().statusCode(201);
        startSubmission(registerPilot(), "BUDGET-2010").then().statusCode(201);
        given().get("/pilots/{p}/submissions", pilot).then().body("total", equalTo(2));
    }

    @Test
    void shouldRejectASubmissionToAnUnknownReportingPoint() {
        startSubmission(pilot, "CSR-2010").then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("reportingPoint"))
                .body("errors[0].message", containsString("PBR-2009, BUDGET-2010"));
        given().contentType("application/json").body(Map.of("reportingPoint", " "))
                .post("/pilots/{id}/submissions", pilot).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("reportingPoint"));
    }

    @Test
    void shouldRefuseASectionOutsideTheAgreedStructure() {
        String id = startSubmission(pilot, "BUDGET-2010").path("id");

        writeSection(pilot, id, "executive-summary", "Not in the agreed structure", "\"0\"").then()
                .spec(problem(404, "not-found"))
                .body("detail", containsString("financial-implications, whitehall-changes"));
        writeSection(pilot, id, "Financial Implications", FINANCES, "\"0\"").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("section"));
    }

    // --- If-Match on every change --------------------------------------------------------------------

    @Test
    void shouldRequireIfMatchOnEveryChangeToASubmission() {
        String draft = startSubmission(pilot, "BUDGET-2010").path("id");
        String other = registerPilot();
        String submitted = submitted(other);

        writeSection(pilot, draft, "financial-implications", FINANCES, null).then()
                .spec(problem(428, "precondition-required")).body("errors[0].field", equalTo("If-Match"));
        act(pilot, draft, "submit", null).then().spec(problem(428, "precondition-required"));
        act(other, submitted, "accept", null).then().spec(problem(428, "precondition-required"));
        giveBack(other, submitted, Map.of("reason", "Why"), null).then().spec(problem(428, "precondition-required"));
        given().get("/pilots/{p}/submissions/{s}", pilot, draft).then().header("ETag", "\"0\"");
        given().get("/pilots/{p}/submissions/{s}", other, submitted).then().body("state", equalTo("SUBMITTED"));
    }

    @Test
    void shouldRefuseEveryChangeMadeOnAStaleETag() {
        String id = startSubmission(pilot, "BUDGET-2010").path("id");
        writeSection(pilot, id, "financial-implications", FINANCES, "\"0\"").then().statusCode(200);
        writeSection(pilot, id, "whitehall-changes", WHITEHALL, "\"1\"").then().statusCode(200);

        writeSection(pilot, id, "financial-implications", "Overwrites a newer text", "\"1\"").then()
                .spec(problem(412, "precondition-failed"));
        act(pilot, id, "submit", "\"1\"").then().spec(problem(412, "precondition-failed"));
        act(pilot, id, "submit", "\"2\"").then().statusCode(200);
        act(pilot, id, "accept", "\"2\"").then().spec(problem(412, "precondition-failed"));
        giveBack(pilot, id, Map.of("reason", "Why"), "\"2\"").then().spec(problem(412, "precondition-failed"));
        given().get("/pilots/{p}/submissions/{s}", pilot, id).then().body("state", equalTo("SUBMITTED"))
                .body("sections.financial-implications", equalTo(FINANCES));
    }

    @Test
    void shouldLetOnlyOneOfTwoConcurrentChangesToASubmissionThrough() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String id = startSubmission(pilot = registerPilot(), "BUDGET-2010").path("id");
                String owner = pilot;

                List<Integer> writes = race(clients, () -> writeSection(owner, id, "financial-implications",
                        FINANCES, "\"0\"").statusCode());
                assertThat(writes).containsExactlyInAnyOrder(200, 412);
                writeSection(owner, id, "whitehall-changes", WHITEHALL, "\"1\"").then().statusCode(200);
                List<Integer> submits = race(clients, () -> act(owner, id, "submit", "\"2\"").statusCode());
                assertThat(submits).containsExactlyInAnyOrder(200, 412);
                given().get("/pilots/{p}/submissions/{s}", owner, id).then()
                        .body("history.to", equalTo(List.of("DRAFT", "SUBMITTED")));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** Runs the same call from two clients at once; the answers' status codes. */
    private static List<Integer> race(ExecutorService clients, Callable<Integer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> waiting = () -> {
            start.await();
            return call.call();
        };
        Future<Integer> one = clients.submit(waiting);
        Future<Integer> other = clients.submit(waiting);
        start.countDown();
        return List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
    }

    // --- overdue on the clock -------------------------------------------------------------------------

    @Test
    void shouldCallASubmissionOverdueOnlyWhileOutstandingAfterTheDueDate() {
        String id = startSubmission(pilot, "BUDGET-2010").path("id");
        String location = "/pilots/" + pilot + "/submissions/" + id;

        setClock(Instant.parse("2010-02-05T23:59:00Z"));
        given().get(location).then().body("overdue", equalTo(false));
        setClock(Instant.parse("2010-02-06T00:00:00Z"));
        given().get(location).then().body("overdue", equalTo(true));

        writeSection(pilot, id, "financial-implications", FINANCES, "\"0\"").then().statusCode(200);
        writeSection(pilot, id, "whitehall-changes", WHITEHALL, "\"1\"").then().statusCode(200);
        act(pilot, id, "submit", "\"2\"").then().statusCode(200).body("overdue", equalTo(false));
        giveBack(pilot, id, Map.of("reason", "Late and incomplete"), "\"3\"").then().statusCode(200)
                .body("overdue", equalTo(true));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownPilotOrSubmission() {
        startSubmission("no-such-pilot", "BUDGET-2010").then().spec(problem(404, "not-found"));
        given().get("/pilots/{p}/submissions/{s}", pilot, UUID.randomUUID()).then().spec(problem(404, "not-found"));
        String elsewhere = startSubmission(registerPilot(), "BUDGET-2010").path("id");
        act(pilot, elsewhere, "submit", "\"0\"").then().spec(problem(404, "not-found"));
    }

    // -----------------------------------------------------------------------------------------------

    /** A BUDGET-2010 submission of this test's pilot, written and SUBMITTED (version 3). */
    private String submitted() {
        return submitted(pilot);
    }

    private String submitted(String pilotId) {
        String id = startSubmission(pilotId, "BUDGET-2010").path("id");
        writeSection(pilotId, id, "financial-implications", FINANCES, "\"0\"").then().statusCode(200);
        writeSection(pilotId, id, "whitehall-changes", WHITEHALL, "\"1\"").then().statusCode(200);
        act(pilotId, id, "submit", "\"2\"").then().statusCode(200).header("ETag", "\"3\"");
        return id;
    }

    private static void assertRefused(Response response, String reason) {
        response.then().spec(problem(409, "conflict"))
                .body("detail", equalTo(reason))
                .body("errors[0].field", equalTo("state"))
                .body("errors[0].message", equalTo(reason));
    }

    private long events() {
        return rows.outboxRowsAbout(UUID.fromString(pilot));
    }

    private static void setClock(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
