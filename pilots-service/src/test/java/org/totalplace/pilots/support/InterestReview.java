package org.totalplace.pilots.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** Drives expressions of interest over HTTP: receive one, and move it through the review with If-Match. */
public final class InterestReview {

    /** Each move of the review: its sub-resource and a body that is valid for it (null: none). */
    public enum Move {
        REVIEW("review", null, "UNDER_REVIEW"),
        FORWARD("forward", Map.of("to", List.of("HMT", "CLG"), "on", "2010-07-27"), "FORWARDED"),
        SHORTLIST("shortlist", null, "SHORTLISTED"),
        ACCEPT("accept", null, "ACCEPTED"),
        DECLINE("decline", Map.of("reason", "Outside the scope of the spending review"), "DECLINED"),
        WITHDRAW("withdraw", Map.of("reason", "The partners chose to wait for the spending review"), "WITHDRAWN");

        public final String path;
        public final Map<String, Object> body;
        public final String leadsTo;

        Move(String path, Map<String, Object> body, String leadsTo) {
            this.path = path;
            this.body = body;
            this.leadsTo = leadsTo;
        }
    }

    /** The shortest way from RECEIVED to each status. */
    private static final Map<String, List<Move>> ROUTE = Map.of(
            "RECEIVED", List.of(),
            "UNDER_REVIEW", List.of(Move.REVIEW),
            "FORWARDED", List.of(Move.REVIEW, Move.FORWARD),
            "SHORTLISTED", List.of(Move.REVIEW, Move.FORWARD, Move.SHORTLIST),
            "ACCEPTED", List.of(Move.REVIEW, Move.FORWARD, Move.SHORTLIST, Move.ACCEPT),
            "DECLINED", List.of(Move.REVIEW, Move.FORWARD, Move.DECLINE),
            "WITHDRAWN", List.of(Move.WITHDRAW));

    private InterestReview() {
    }

    public static Response receive(InterestJson interest) {
        return given().contentType(ContentType.JSON).body(interest.body()).post("/expressions-of-interest");
    }

    /** A new expression of interest, moved to {@code status}; its id. Its version is the number of moves made. */
    public static String reach(String status) {
        String id = receive(InterestJson.valid()).then().statusCode(201).extract().path("id");
        List<Move> route = ROUTE.get(status);
        for (int version = 0; version < route.size(); version++) {
            move(id, route.get(version), "\"" + version + "\"").then().statusCode(200);
        }
        return id;
    }

    public static long versionAfterReaching(String status) {
        return ROUTE.get(status).size();
    }

    /** Makes the move with its usual body and this If-Match (null: none). */
    public static Response move(String id, Move move, String ifMatch) {
        return move(id, move, ifMatch, move.body);
    }

    public static Response move(String id, Move move, String ifMatch, Object body) {
        RequestSpecification request = given();
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/expressions-of-interest/{id}/{move}", id, move.path);
    }
}
