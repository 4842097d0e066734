package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.Records;

@QuarkusTest
class KeyProductResourceTest {

    private static final LocalDate MEETING_DAY = LocalDate.of(2009, 10, 14);

    @Inject
    HeldMeetings held;

    @Test
    void shouldDraftAKeyProduct() {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Total Place: summary for the Pre-Budget Report","kind":"PBR_SUMMARY",
                         "dueDate":"2009-11-09","owner":"Total Place programme office"}""")
                .when().post("/key-products")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("kind", equalTo("PBR_SUMMARY"))
                .body("dueDate", equalTo("2009-11-09"))
                .body("approvingGroupId", nullValue())
                .extract();
        assertThat(created.header("Location")).endsWith("/key-products/" + created.path("id"));
    }

    @Test
    void shouldGoThroughApprovalByTheNamedGroupWhoseDecisionIsFinal() {
        String groupId = officialsGroup();
        String id = draft();

        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + groupId + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("AWAITING_APPROVAL"))
                .body("approvingGroupId", equalTo(groupId));
        String decisionId = Records.decisionOf(held, groupId, MEETING_DAY, "The PBR summary is approved");
        int item = given().get("/decisions/" + decisionId).then().extract().path("itemPosition");
        given().contentType(ContentType.JSON).body(approval(decisionId))
                .post("/key-products/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decisionId", equalTo(decisionId))
                .body("decisionReference", equalTo("High-level officials' group, 14 October 2009, item " + item))
                .body("approvedOn", equalTo("2009-10-14"));

        given().contentType(ContentType.JSON).body("{\"reason\":\"Too late\"}")
                .post("/key-products/" + id + "/reject").then().spec(problem(409, "conflict"))
                .body("detail", equalTo("the key product is APPROVED, which is final"))
                .body("errors.field", contains("status"));
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + groupId + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().spec(problem(409, "conflict"));
        given().get("/key-products/" + id).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    @Test
    void shouldSendARejectedProductBackToDraftWithTheReason() {
        String groupId = officialsGroup();
        String id = draft();
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + groupId + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"reason\":\"Needs the Bradford figures\"}")
                .post("/key-products/" + id + "/reject").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("rejectionReason", equalTo("Needs the Bradford figures"));

        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + groupId + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200)
                .body("status", equalTo("AWAITING_APPROVAL"));
    }

    @Test
    void shouldRefuseADecisionOfAnotherGroupNamingDecisionId() {
        String id = draft();
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + officialsGroup() + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200);
        String otherGroupsDecision = Records.decisionOf(held, officialsGroup(), MEETING_DAY, "Approved");

        given().contentType(ContentType.JSON).body(approval(otherGroupsDecision))
                .post("/key-products/" + id + "/approve").then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("decisionId"));
        given().contentType(ContentType.JSON).body(approval(UUID.randomUUID().toString()))
                .post("/key-products/" + id + "/approve").then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("decisionId"));
        given().get("/key-products/" + id).then().statusCode(200).body("status", equalTo("AWAITING_APPROVAL"));
    }

    @Test
    void shouldRefuseApprovingADraftWithTheReason() {
        String id = draft();
        given().contentType(ContentType.JSON).body(approval(UUID.randomUUID().toString()))
                .post("/key-products/" + id + "/approve").then().spec(problem(409, "conflict"))
                .body("detail", equalTo("only a key product AWAITING_APPROVAL can be approved; it is DRAFT"));
        given().contentType(ContentType.JSON).body("{\"reason\":\"No\"}")
                .post("/key-products/" + id + "/reject").then().spec(problem(409, "conflict"))
                .body("detail", equalTo("only a key product AWAITING_APPROVAL can be rejected; it is DRAFT"));
    }

    @Test
    void shouldRejectSubmittingToAnUnknownGroup() {
        String id = draft();
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + UUID.randomUUID() + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().spec(problem(422, "rule-violation"))
                .body("errors.field", contains("groupId"));
        given().get("/key-products/" + id).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldAcceptTheApprovingGroupByItsCode() {
        String code = "officials-" + UUID.randomUUID().toString().substring(0, 8);
        String groupId = given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"High-level officials' group\",\"kind\":\"OFFICIALS\"}")
                .post("/groups").then().statusCode(201).extract().path("id");
        String id = draft();
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + code + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200)
                .body("approvingGroupId", equalTo(groupId));
    }

    @Test
    void shouldListByStatus() {
        String id = draft();
        given().contentType(ContentType.JSON).body("{\"groupId\":\"" + officialsGroup() + "\"}")
                .post("/key-products/" + id + "/submit-for-approval").then().statusCode(200);
        given().queryParam("status", "AWAITING_APPROVAL").queryParam("size", 200).get("/key-products").then()
                .statusCode(200)
                .body("items.findAll { it.id == '" + id + "' }.status", contains("AWAITING_APPROVAL"))
                .body("items.status.unique()", contains("AWAITING_APPROVAL"));
        given().queryParam("status", "LOST").get("/key-products").then().spec(problem(400, "validation"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownProduct() {
        given().get("/key-products/" + UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().contentType(ContentType.JSON).body(approval(UUID.randomUUID().toString()))
                .post("/key-products/" + UUID.randomUUID() + "/approve").then().spec(problem(404, "not-found"));
    }

    private static String draft() {
        return given().contentType(ContentType.JSON)
                .body("""
                        {"title":"Budget report","kind":"BUDGET_REPORT","dueDate":"2010-03-24",
                         "owner":"Total Place programme office"}""")
                .when().post("/key-products").then().statusCode(201).extract().path("id");
    }

    private static String approval(String decisionId) {
        return "{\"decisionId\":\"" + decisionId + "\"}";
    }

    private static String officialsGroup() {
        String code = "officials-" + UUID.randomUUID().toString().substring(0, 8);
        return given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"name\":\"High-level officials' group\",\"kind\":\"OFFICIALS\"}")
                .post("/groups").then().statusCode(201).extract().path("id");
    }
}
