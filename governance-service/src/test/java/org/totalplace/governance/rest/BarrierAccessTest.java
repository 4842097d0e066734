package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.support.Barriers;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.testkit.TestTokens;

/** Who may see, raise and decide a barrier: its pilot's staff, its region's Government Office, the tier's deciders. */
@QuarkusTest
class BarrierAccessTest {

    @Inject
    KnownPilots pilots;

    private String lewisham;
    private String gateshead;
    private UUID london;
    private UUID northEast;

    @BeforeEach
    void aPilotInLondonAndOneInTheNorthEast() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        lewisham = "lewisham-" + unique;
        gateshead = "gateshead-" + unique;
        london = pilots.known(lewisham, "Lewisham", "London");
        northEast = pilots.known(gateshead, "Gateshead", "North East");
    }

    @Test
    void shouldRefuseAGovernmentOfficeTheBarriersOfPilotsOutsideItsRegion() {
        String barrier = Barriers.raisedTo(london, EscalationTier.PILOT);

        as("go-officer", List.of(), "North East").get("/barriers/" + barrier).then()
                .spec(problem(403, "forbidden"))
                .body("detail", containsString("only for region North East"))
                .body("detail", containsString("pilot " + lewisham));
        as("go-officer", List.of(), "London").get("/barriers/" + barrier).then().statusCode(200);
    }

    @Test
    void shouldShowAPilotLeadOnlyItsOwnPilotsBarriersAndCountOnlyThose() {
        String first = Barriers.raisedTo(london, EscalationTier.PILOT);
        String second = Barriers.raisedTo(london, EscalationTier.GOVERNMENT_OFFICE);
        Barriers.raisedTo(northEast, EscalationTier.PILOT);

        as("pilot-lead", List.of(lewisham), null).queryParam("size", 1).get("/barriers").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.pilotId", everyItem(equalTo(london.toString())));
        as("pilot-lead", List.of(lewisham), null).queryParam("size", 200).queryParam("sort", "createdAt")
                .get("/barriers").then()
                .body("items.id", equalTo(List.of(first, second)));
        as("pilot-lead", List.of(lewisham), null).queryParam("pilotId", northEast.toString()).get("/barriers").then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldRefuseToRaiseABarrierForAnotherPilotBeforeLookingAtTheRestOfTheBody() {
        as("pilot-lead", List.of(lewisham), null).contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s"}""".formatted(northEast))
                .post("/barriers").then()
                .spec(problem(403, "forbidden"))
                .body("detail", containsString("raise barrier only for pilots [" + lewisham + "]"));
        as("pilot-lead", List.of(lewisham), null).contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s"}""".formatted(london))
                .post("/barriers").then()
                .spec(problem(400, "validation"));
    }

    @Test
    void shouldLetAPilotLeadRaiseABarrierForItsOwnPilot() {
        as("pilot-lead", List.of(lewisham), null).contentType(ContentType.JSON)
                .body("""
                        {"pilotId":"%s","title":"Ring-fence","description":"Eleven streams","category":"FUNDING_RULES",
                         "owningDepartment":"Home Office","evidence":"The 2008-09 count"}""".formatted(london))
                .post("/barriers").then()
                .statusCode(201)
                .body("tier", equalTo("PILOT"));
    }

    @Test
    void shouldLeaveTheDecisionOnABarrierToWhoeverWorksAtItsTier() {
        String atTheGovernmentOffice = Barriers.raisedTo(london, EscalationTier.GOVERNMENT_OFFICE);

        resolve(as("pilot-lead", List.of(lewisham), null), atTheGovernmentOffice, "\"1\"").then()
                .spec(problem(403, "forbidden"))
                .body("detail", containsString("may not escalate barrier"));
        resolve(as("go-officer", List.of(), "London"), atTheGovernmentOffice, "\"1\"").then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"));
    }

    @Test
    void shouldRefuseTheGovernmentOfficeABarrierThatHasGoneUpToOfficials() {
        String atOfficials = Barriers.raisedTo(london, EscalationTier.OFFICIALS_GROUP);

        resolve(as("go-officer", List.of(), "London"), atOfficials, "*").then()
                .spec(problem(403, "forbidden"))
                .body("detail", containsString("may not govern"));
        resolve(as("secretariat", List.of(), null), atOfficials, "\"2\"").then().statusCode(200);
    }

    @Test
    void shouldRefuseADecisionOnAStaleReadingOfTheBarrier() {
        String atTheGovernmentOffice = Barriers.raisedTo(london, EscalationTier.GOVERNMENT_OFFICE);

        resolve(as("go-officer", List.of(), "London"), atTheGovernmentOffice, "\"0\"").then()
                .spec(problem(412, "precondition-failed"));
    }

    @Test
    void shouldLetAGovernmentOfficeEscalateOnlyItsOwnRegionsBarriers() {
        String barrier = Barriers.raisedTo(northEast, EscalationTier.PILOT);

        escalate(as("go-officer", List.of(), "London"), barrier).then().spec(problem(403, "forbidden"));
        escalate(as("pilot-lead", List.of(gateshead), null), barrier).then().spec(problem(403, "forbidden"));
        escalate(as("go-officer", List.of(), "North East"), barrier).then()
                .statusCode(200)
                .body("tier", equalTo("GOVERNMENT_OFFICE"));
    }

    private static Response resolve(RequestSpecification caller, String barrier, String ifMatch) {
        return caller.contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("""
                        {"decision":"Pooling agreed","whitehallChange":"Joint grant conditions"}""")
                .post("/barriers/" + barrier + "/resolve");
    }

    private static Response escalate(RequestSpecification caller, String barrier) {
        return caller.contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("""
                        {"reason":"The Government Office cannot vary the grant conditions"}""")
                .post("/barriers/" + barrier + "/escalate");
    }

    static RequestSpecification as(String role, List<String> pilots, String region) {
        return given().auth().none().header("Authorization", "Bearer " + TestTokens.forRole(role, pilots, region));
    }
}
