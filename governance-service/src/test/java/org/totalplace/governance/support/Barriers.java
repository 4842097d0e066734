package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.totalplace.governance.domain.EscalationTier;

/** Barriers raised and escalated over HTTP as the programme office. */
public final class Barriers {

    private Barriers() {
    }

    /** A barrier of {@code pilot}, raised and escalated by hand until it is at {@code tier}; returns its id. */
    public static String raisedTo(UUID pilot, EscalationTier tier) {
        String id = given().contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fenced drug treatment funding cannot be pooled",
                         "description":"Eleven funding streams, each with its own conditions",
                         "category":"FUNDING_RULES","owningDepartment":"Home Office",
                         "evidence":"Count of 2008-09 spend on substance misuse"}""".formatted(pilot))
                .when().post("/barriers")
                .then().statusCode(201).extract().path("id");
        for (int version = 0; version < tier.ordinal(); version++) {
            given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                    .body("""
                            {"reason":"Needs a higher tier"}""")
                    .when().post("/barriers/" + id + "/escalate")
                    .then().statusCode(200);
        }
        return id;
    }
}
