package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.InterestJson;
import org.totalplace.pilots.support.PartnerBodyJson;
import org.totalplace.pilots.support.PilotJson;
import org.totalplace.testkit.AccessMatrix;
import org.totalplace.testkit.Req;
import org.totalplace.testkit.TestTokens;

/**
 * Every endpoint of the pilot register × every role × a pilot in London (the callers' pilot and region) and one in
 * the North East, against the testkit's role table; lists must not show the North East pilot to London's callers.
 */
@QuarkusTest
class AccessMatrixTest {

    private String theme;
    private PilotJson london;
    private PilotJson northEast;
    private String londonId;
    private String northEastId;
    private String londonInterest;
    private String northEastInterest;
    private String sharedBody;

    @BeforeEach
    void registerAPilotInEachOfTwoRegions() {
        theme = "Access matrix " + UUID.randomUUID();
        london = PilotJson.valid().with("region", "London").with("theme", theme);
        northEast = PilotJson.valid().with("region", "North East").with("theme", theme);
        londonId = register(london);
        northEastId = register(northEast);
        londonInterest = receive(InterestJson.valid().with("region", "London").with("pilotId", londonId));
        northEastInterest = receive(InterestJson.valid().with("region", "North East"));
        PartnerBodyJson police = PartnerBodyJson.of("POLICE_AUTHORITY")
                .with("code", "POLICE-" + UUID.randomUUID().toString().substring(0, 8));
        sharedBody = police.register();
        for (String pilot : List.of(londonId, northEastId)) {
            given().contentType(ContentType.JSON).body(Map.of("bodyId", sharedBody, "from", "2009-06-01"))
                    .post("/pilots/{p}/partner-bodies", pilot).then().statusCode(201);
        }
    }

    @Test
    void shouldLetEachRoleDoExactlyWhatTheRoleTableSaysForPilotsInAndOutOfItsScope() {
        String in = london.code();
        String out = northEast.code();
        String any = UUID.randomUUID().toString();
        String tag = "access-" + UUID.randomUUID().toString().substring(0, 8);
        for (String pilot : List.of(in, out)) {
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("tags", List.of(tag)))
                    .put("/pilots/{p}/tags", pilot).then().statusCode(200);
        }
        AccessMatrix matrix = AccessMatrix.forService().inScope(in, "London").outOfScope(out, "North East")
                .endpoint("GET", "/audit-entries", "ADMINISTER", Req.to("/audit-entries?recordType=pilot&recordId=" + londonId))
                .endpoint("GET", "/expressions-of-interest", "READ_PILOT", Req.to("/expressions-of-interest"))
                .endpoint("POST", "/expressions-of-interest", "ADMINISTER", Req.to("/expressions-of-interest").body("{}"))
                .endpoint("GET", "/expressions-of-interest/summary", "READ_PROGRAMME", Req.to("/expressions-of-interest/summary"))
                .endpoint("GET", "/expressions-of-interest/{id}", "READ_PILOT",
                        Req.to("/expressions-of-interest/" + londonInterest), Req.to("/expressions-of-interest/" + northEastInterest));
        for (String step : List.of("accept", "decline", "forward", "review", "shortlist", "withdraw")) {
            matrix.endpoint("POST", "/expressions-of-interest/{id}/" + step, "ADMINISTER",
                    Req.to("/expressions-of-interest/" + londonInterest + "/" + step).body("{}"));
        }
        matrix.endpoint("PUT", "/expressions-of-interest/{id}", "ADMINISTER", Req.to("/expressions-of-interest/" + londonInterest).body("{}"))
                .endpoint("GET", "/partner-bodies", "READ_PROGRAMME", Req.to("/partner-bodies"))
                .endpoint("POST", "/partner-bodies", "ADMINISTER", Req.to("/partner-bodies").body("{}"))
                .endpoint("GET", "/partner-bodies/{idOrCode}", "READ_PROGRAMME", Req.to("/partner-bodies/" + sharedBody))
                .endpoint("PUT", "/partner-bodies/{idOrCode}", "ADMINISTER", Req.to("/partner-bodies/" + sharedBody).body("{}"))
                .endpoint("GET", "/partner-bodies/{idOrCode}/pilots", "READ_PILOT", Req.to("/partner-bodies/" + sharedBody + "/pilots"))
                .endpoint("GET", "/pilots", "READ_PILOT", Req.to("/pilots"))
                .endpoint("POST", "/pilots", "ADMINISTER", Req.to("/pilots").body("{}"))
                .endpoint("GET", "/pilots/lookup", "READ_PILOT", Req.to("/pilots/lookup?name=" + in), Req.to("/pilots/lookup?name=" + out))
                .endpoint("PUT", "/pilots/{idOrCode}/phase", "ADMINISTER", Req.to("/pilots/" + in + "/phase").body("{}"),
                        Req.to("/pilots/" + out + "/phase").body("{}"))
                .endpoint("POST", "/pilots/{idOrCode}/submissions/{submissionId}/accept", "ADMINISTER",
                        Req.to("/pilots/" + in + "/submissions/" + any + "/accept").body("{}"),
                        Req.to("/pilots/" + out + "/submissions/" + any + "/accept").body("{}"))
                .endpoint("POST", "/pilots/{idOrCode}/submissions/{submissionId}/return", "ADMINISTER",
                        Req.to("/pilots/" + in + "/submissions/" + any + "/return").body("{}"),
                        Req.to("/pilots/" + out + "/submissions/" + any + "/return").body("{}"))
                .endpoint("POST", "/partner-bodies/{idOrCode}/successions", "ADMINISTER",
                        Req.to("/partner-bodies/" + sharedBody + "/successions").body("{}"))
                .endpoint("GET", "/parallel-places", "READ_PROGRAMME", Req.to("/parallel-places"))
                .endpoint("POST", "/parallel-places", "ADMINISTER", Req.to("/parallel-places").body("{}"))
                .endpoint("GET", "/parallel-places/{idOrCode}", "READ_PROGRAMME", Req.to("/parallel-places/" + any))
                .endpoint("PUT", "/parallel-places/{idOrCode}", "ADMINISTER", Req.to("/parallel-places/" + any).body("{}"))
                .endpoint("GET", "/places", "READ_PROGRAMME", Req.to("/places?tag=older-people"))
                .endpoint("GET", "/places/similar", "READ_PROGRAMME", Req.to("/places/similar?to=" + in))
                .endpoint("GET", "/networking-events", "READ_PROGRAMME", Req.to("/networking-events"))
                .endpoint("GET", "/networking-events/{id}", "READ_PROGRAMME", Req.to("/networking-events/" + any))
                // guarded at role level; who may record which host is NetworkingEventAccessTest's
                .endpoint("POST", "/networking-events", "READ_PROGRAMME", Req.to("/networking-events").body("{}"))
                .endpoint("PUT", "/networking-events/{id}", "READ_PROGRAMME", Req.to("/networking-events/" + any).body("{}"))
                .endpoint("GET", "/reporting-points", "READ_PROGRAMME", Req.to("/reporting-points"))
                .endpoint("GET", "/reporting-points/{idOrCode}", "READ_PROGRAMME", Req.to("/reporting-points/" + any));
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}", "READ_PILOT", "", null);
        aboutAPilot(matrix, "PUT", "/pilots/{idOrCode}", "EDIT_REGISTER", "", "{}");
        aboutAPilot(matrix, "PUT", "/pilots/{idOrCode}/tags", "EDIT_REGISTER", "/tags", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/areas", "READ_PILOT", "/areas", null);
        aboutAPilot(matrix, "PUT", "/pilots/{idOrCode}/areas", "EDIT_REGISTER", "/areas", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/milestones", "READ_PILOT", "/milestones", null);
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/milestones", "EDIT_REGISTER", "/milestones", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/milestones/{milestoneId}", "READ_PILOT", "/milestones/" + any, null);
        aboutAPilot(matrix, "PATCH", "/pilots/{idOrCode}/milestones/{milestoneId}", "EDIT_REGISTER", "/milestones/" + any, "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/partner-bodies", "READ_PILOT", "/partner-bodies", null);
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/partner-bodies", "EDIT_REGISTER", "/partner-bodies", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/partner-bodies/{bodyIdOrCode}", "READ_PILOT", "/partner-bodies/" + sharedBody, null);
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/partner-bodies/{bodyIdOrCode}/leave", "EDIT_REGISTER",
                "/partner-bodies/" + sharedBody + "/leave", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/population", "READ_PILOT", "/population", null);
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/roles", "READ_PILOT", "/roles", null);
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/roles", "EDIT_REGISTER", "/roles", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/roles/{roleId}", "READ_PILOT", "/roles/" + any, null);
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/roles/{roleId}/end", "EDIT_REGISTER", "/roles/" + any + "/end", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/submissions", "READ_PILOT", "/submissions", null);
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/submissions", "EDIT_REGISTER", "/submissions", "{}");
        aboutAPilot(matrix, "GET", "/pilots/{idOrCode}/submissions/{submissionId}", "READ_PILOT", "/submissions/" + any, null);
        aboutAPilot(matrix, "PUT", "/pilots/{idOrCode}/submissions/{submissionId}/sections/{section}", "EDIT_REGISTER",
                "/submissions/" + any + "/sections/summary", "{}");
        aboutAPilot(matrix, "POST", "/pilots/{idOrCode}/submissions/{submissionId}/submit", "EDIT_REGISTER",
                "/submissions/" + any + "/submit", "{}");
        matrix.list("/pilots?size=100&theme=" + theme, "READ_PILOT", List.of(londonId), List.of(northEastId, out))
                // the places directory is programme-wide: every programme role sees pilots outside its scope too
                .list("/places?size=200&tag=" + tag, "READ_PROGRAMME", List.of(in), List.of(out))
                .list("/partner-bodies/" + sharedBody + "/pilots?history=true", "READ_PILOT", List.of(londonId), List.of(northEastId))
                .list("/expressions-of-interest?size=100&region=London", "READ_PILOT", List.of(londonInterest), List.of())
                .list("/expressions-of-interest?size=100&region=North East", "READ_PILOT", List.of(), List.of(northEastInterest))
                .verify();
    }

    @Test
    void shouldTellAPilotLeadWhichPilotsTheirTokenCovers() {
        given().auth().none().header("Authorization", "Bearer " + TestTokens.forRole("pilot-lead", List.of(london.code()), null))
                .contentType(ContentType.JSON).body("{}").put("/pilots/{p}", northEast.code()).then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:forbidden"))
                .body("detail", containsString("only for pilots [" + london.code() + "]"))
                .body("detail", containsString("pilot " + northEast.code()));
    }

    @Test
    void shouldShowAGovernmentOfficeOnlyTheTotalOfItsOwnRegionsPilots() {
        given().auth().none().header("Authorization", "Bearer " + TestTokens.forRole("go-officer", List.of(), "North East"))
                .queryParam("theme", theme).get("/pilots").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].code", equalTo(northEast.code()));
    }

    private void aboutAPilot(AccessMatrix matrix, String method, String template, String permission, String rest, String body) {
        Req in = Req.to("/pilots/" + london.code() + rest);
        Req out = Req.to("/pilots/" + northEast.code() + rest);
        matrix.endpoint(method, template, permission, body == null ? in : in.body(body), body == null ? out : out.body(body));
    }

    private static String register(PilotJson pilot) {
        return given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots").then().statusCode(201)
                .extract().path("id");
    }

    private static String receive(InterestJson interest) {
        return given().contentType(ContentType.JSON).body(interest.body()).post("/expressions-of-interest").then()
                .statusCode(201).extract().path("id");
    }
}
