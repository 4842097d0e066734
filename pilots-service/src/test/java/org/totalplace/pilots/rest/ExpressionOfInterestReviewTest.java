package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.totalplace.pilots.support.InterestReview.move;
import static org.totalplace.pilots.support.InterestReview.reach;
import static org.totalplace.pilots.support.InterestReview.receive;
import static org.totalplace.pilots.support.InterestReview.versionAfterReaching;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.totalplace.testkit.TestTokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.pilots.support.InterestJson;
import org.totalplace.pilots.support.InterestReview.Move;
import org.totalplace.pilots.support.StoredInterests;

/** The review of an expression of interest over HTTP: every legal move, every illegal one, and what each needs. */
@QuarkusTest
class ExpressionOfInterestReviewTest {

    private static final String STATUS_CHANGED = "totalplace.pilots.expression-of-interest-status-changed.v1";
    private static final List<String> STATUSES = List.of("RECEIVED", "UNDER_REVIEW", "FORWARDED", "SHORTLISTED",
            "ACCEPTED", "DECLINED", "WITHDRAWN");
    /** From each status, the moves the review allows. */
    private static final Map<String, Set<Move>> LEGAL = Map.of(
            "RECEIVED", Set.of(Move.REVIEW, Move.WITHDRAW),
            "UNDER_REVIEW", Set.of(Move.FORWARD, Move.WITHDRAW),
            "FORWARDED", Set.of(Move.SHORTLIST, Move.DECLINE, Move.WITHDRAW),
            "SHORTLISTED", Set.of(Move.ACCEPT, Move.DECLINE, Move.WITHDRAW),
            "ACCEPTED", Set.of(),
            "DECLINED", Set.of(),
            "WITHDRAWN", Set.of());

    @Inject
    StoredInterests stored;

    @TestHTTPResource("/")
    URI baseUri;

    static Stream<Arguments> legalMoves() {
        return moves(true);
    }

    static Stream<Arguments> illegalMoves() {
        return moves(false);
    }

    private static Stream<Arguments> moves(boolean legal) {
        List<Arguments> moves = new ArrayList<>();
        for (String from : STATUSES) {
            for (Move move : Move.values()) {
                if (LEGAL.get(from).contains(move) == legal) {
                    moves.add(Arguments.of(from, move));
                }
            }
        }
        return moves.stream();
    }

    // --- the whole way through -------------------------------------------------------------------------

    @Test
    void shouldTakeAnExpressionOfInterestThroughReviewForwardingAndShortlistToAcceptance() {
        String id = receive(InterestJson.valid()).path("id");

        move(id, Move.REVIEW, "\"0\"").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("UNDER_REVIEW")).body("next", contains("FORWARDED", "WITHDRAWN"));
        move(id, Move.FORWARD, "\"1\"", Map.of("to", List.of("CLG", "HMT"), "on", "2010-07-27")).then()
                .statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("FORWARDED"))
                .body("forwardedTo", contains("HMT", "CLG"))
                .body("forwardedOn", equalTo("2010-07-27"));
        move(id, Move.SHORTLIST, "\"2\"").then().statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("SHORTLISTED"));
        move(id, Move.ACCEPT, "\"3\"").then().statusCode(200).header("ETag", "\"4\"")
                .body("status", equalTo("ACCEPTED")).body("next", empty());

        given().get("/expressions-of-interest/{id}", id).then()
                .statusCode(200)
                .header("ETag", "\"4\"")
                .body("history.from", contains(null, "RECEIVED", "UNDER_REVIEW", "FORWARDED", "SHORTLISTED"))
                .body("history.to", contains("RECEIVED", "UNDER_REVIEW", "FORWARDED", "SHORTLISTED", "ACCEPTED"))
                .body("history.reason", contains(null, null, null, null, null))
                .body("forwardedTo", contains("HMT", "CLG"));
        assertThat(stored.historyOf(id)).isEqualTo(5);
        assertThat(stored.outboxRows(id, STATUS_CHANGED)).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("legalMoves")
    void shouldMakeEveryMoveTheReviewAllows(String from, Move move) {
        String id = reach(from);
        long version = versionAfterReaching(from);

        move(id, move, "\"" + version + "\"").then()
                .statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("status", equalTo(move.leadsTo))
                .body("history[-1].from", equalTo(from))
                .body("history[-1].to", equalTo(move.leadsTo))
                .body("history[-1].reason", equalTo(move.body == null ? null : move.body.get("reason")));
        assertThat(stored.outboxRows(id, STATUS_CHANGED)).isEqualTo(version + 1);
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("illegalMoves")
    void shouldRefuseEveryOtherMoveAsAConflictGivingTheReason(String from, Move move) {
        String id = reach(from);
        String ifMatch = "\"" + versionAfterReaching(from) + "\"";

        move(id, move, ifMatch).then()
                .spec(problem(409, "conflict"))
                .body("detail", containsString(from))
                .body("detail", containsString(move.leadsTo))
                .body("errors.field", equalTo(List.of("status")))
                .body("errors[0].message", reasonFor(from, move.leadsTo));
        given().get("/expressions-of-interest/{id}", id).then().header("ETag", ifMatch).body("status", equalTo(from));
        assertThat(stored.outboxRows(id, STATUS_CHANGED)).isEqualTo(versionAfterReaching(from));
    }

    /** What {@code curl -X POST …/review -H 'If-Match: "0"'} sends: no body and no Content-Type. */
    @Test
    void shouldStartAReviewFromAPlainPostWithoutBodyOrContentType() throws Exception {
        String id = receive(InterestJson.valid()).path("id");
        HttpRequest plain = HttpRequest.newBuilder(URI.create(baseUri + "expressions-of-interest/" + id + "/review"))
                .header("If-Match", "\"0\"").header("Authorization", "Bearer " + TestTokens.programmeOffice())
                .POST(HttpRequest.BodyPublishers.noBody()).build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(plain, HttpResponse.BodyHandlers.ofString());

        assertThat(response.request().headers().firstValue("Content-Type")).isEmpty();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
    }

    @Test
    void shouldSayWhereAnExpressionOfInterestCanGoWhenItCannotBeShortlistedYet() {
        String id = receive(InterestJson.valid()).path("id");

        move(id, Move.SHORTLIST, "\"0\"").then().spec(problem(409, "conflict"))
                .body("detail", equalTo("an expression of interest that is RECEIVED cannot become SHORTLISTED; "
                        + "from RECEIVED it can become UNDER_REVIEW or WITHDRAWN"));
    }

    @Test
    void shouldKeepTheReasonForADeclineInTheHistory() {
        String id = reach("SHORTLISTED");

        move(id, Move.DECLINE, "\"3\"", Map.of("reason", "  Budget lines are not devolvable this year  ")).then()
                .statusCode(200).body("status", equalTo("DECLINED"));

        given().get("/expressions-of-interest/{id}", id).then()
                .body("history[-1].from", equalTo("SHORTLISTED"))
                .body("history[-1].reason", equalTo("Budget lines are not devolvable this year"))
                .body("forwardedTo", contains("HMT", "CLG"));
    }

    // --- what the moves need ---------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Move.class, names = {"DECLINE", "WITHDRAW"})
    void shouldRequireAReasonToDeclineOrWithdraw(Move move) {
        String id = reach("FORWARDED");

        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of(), Map.of("reason", " "))) {
            move(id, move, "\"2\"", body).then().spec(problem(400, "validation"))
                    .body("errors.field", equalTo(List.of("reason")));
        }
        given().header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .post("/expressions-of-interest/{id}/{move}", id, move.path).then()
                .spec(problem(400, "validation"));
        given().get("/expressions-of-interest/{id}", id).then().body("status", equalTo("FORWARDED"));
    }

    @Test
    void shouldRequireANonEmptySubsetOfHmtAndClgToForward() {
        String id = reach("UNDER_REVIEW");

        forward(id, Map.of("to", List.of(), "on", "2010-07-27")).spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("to")));
        forward(id, Map.of("on", "2010-07-27")).spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("to")));
        forward(id, Map.of("to", List.of("HMT", "DWP"), "on", "2010-07-27")).spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("to[1]"))
                .body("errors[0].message", equalTo("must be one of: HMT, CLG"));
        forward(id, Map.of("to", List.of("HMT", "HMT"), "on", "2010-07-27")).spec(problem(422, "rule-violation"))
                .body("errors.field", equalTo(List.of("to[1]")))
                .body("errors[0].message", containsString("HMT again"));
        forward(id, Map.of("to", List.of("CLG"))).spec(problem(400, "validation"))
                .body("errors.field", equalTo(List.of("on")));
        given().get("/expressions-of-interest/{id}", id).then()
                .header("ETag", "\"1\"").body("status", equalTo("UNDER_REVIEW")).body("forwardedTo", empty())
                .body("forwardedOn", nullValue());
    }

    @Test
    void shouldRefuseToForwardBeforeReceiptOrInTheFuture() {
        String id = reach("UNDER_REVIEW");

        forward(id, Map.of("to", List.of("HMT"), "on", "2010-07-19")).spec(problem(422, "rule-violation"))
                .body("errors.field", equalTo(List.of("on")))
                .body("errors[0].message", containsString("2010-07-20"));
        forward(id, Map.of("to", List.of("HMT"), "on", "2999-01-01")).spec(problem(422, "rule-violation"))
                .body("errors.field", equalTo(List.of("on")));
        forward(id, Map.of("to", List.of("CLG"), "on", "2010-07-20")).statusCode(200)
                .body("forwardedTo", contains("CLG"));
    }

    // --- If-Match ----------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Move.class)
    void shouldRequireIfMatchForEveryMove(Move move) {
        String id = reach("FORWARDED");

        move(id, move, null).then().spec(problem(428, "precondition-required"))
                .body("errors.field", equalTo(List.of("If-Match")));
        given().get("/expressions-of-interest/{id}", id).then().header("ETag", "\"2\"");
    }

    @ParameterizedTest
    @EnumSource(Move.class)
    void shouldRefuseEveryMoveBasedOnAStaleVersion(Move move) {
        String id = reach("FORWARDED");

        move(id, move, "\"1\"").then().spec(problem(412, "precondition-failed"))
                .body("detail", containsString("\"2\""));
        given().get("/expressions-of-interest/{id}", id).then().header("ETag", "\"2\"")
                .body("status", equalTo("FORWARDED"));
    }

    @Test
    void shouldAcceptAnyVersionWithIfMatchStar() {
        String id = reach("FORWARDED");

        move(id, Move.SHORTLIST, "*").then().statusCode(200).header("ETag", "\"3\"");
    }

    @ParameterizedTest
    @EnumSource(Move.class)
    void shouldAnswerNotFoundForAMoveOfAnUnknownExpressionOfInterest(Move move) {
        move(UUID.randomUUID().toString(), move, "\"0\"").then().spec(problem(404, "not-found"));
    }

    // -----------------------------------------------------------------------------------------------

    private static ValidatableResponse forward(String id, Map<String, Object> body) {
        return move(id, Move.FORWARD, "\"1\"", body).then();
    }

    private static Matcher<String> reasonFor(String from, String to) {
        if (LEGAL.get(from).isEmpty()) {
            return equalTo("the expression of interest is " + from + ", which is final; it cannot become " + to);
        }
        if (from.equals(to)) {
            return equalTo("the expression of interest is already " + to);
        }
        return startsWith("an expression of interest that is " + from + " cannot become " + to + "; from " + from
                + " it can become ");
    }
}
