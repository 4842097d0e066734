package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.totalplace.pilots.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportingPointResourceTest {

    @Test
    void shouldListTheTwoNationalReportingPointsByDueDate() {
        given().get("/reporting-points").then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.code", equalTo(List.of("PBR-2009", "BUDGET-2010")))
                .body("items.dueDate", equalTo(List.of("2009-09-04", "2010-02-05")));
        given().queryParam("sort", "-dueDate").get("/reporting-points").then()
                .body("items.code", equalTo(List.of("BUDGET-2010", "PBR-2009")));
    }

    @Test
    void shouldDescribeTheBudgetReportingPointWithItsAgreedStructure() {
        given().get("/reporting-points/BUDGET-2010").then()
                .statusCode(200)
                .body("name", equalTo("Budget 2010"))
                .body("dueDate", equalTo("2010-02-05"))
                .body("requiredSections", equalTo(List.of("financial-implications", "whitehall-changes")));
    }

    @Test
    void shouldDescribeThePreBudgetReportAsSummarisedEarlyInSeptember() {
        given().get("/reporting-points/PBR-2009").then()
                .statusCode(200)
                .body("name", equalTo("Pre-Budget Report 2009"))
                .body("description", containsString("early in September 2009"))
                .body("requiredSections", empty());
    }

    @Test
    void shouldFindAReportingPointByItsIdOrItsCodeInAnyCase() {
        String id = given().get("/reporting-points/budget-2010").then().statusCode(200).extract().path("id");

        given().get("/reporting-points/{id}", id).then().statusCode(200).body("code", equalTo("BUDGET-2010"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownReportingPointNamingTheKnownOnes() {
        given().get("/reporting-points/CSR-2010").then().spec(problem(404, "not-found"))
                .body("detail", containsString("PBR-2009, BUDGET-2010"));
    }

    @Test
    void shouldRejectAnUnknownSortField() {
        given().queryParam("sort", "description").get("/reporting-points").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("sort"));
    }
}
