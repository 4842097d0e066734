package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.totalplace.governance.rest.BarrierAccessTest.as;
import static org.totalplace.governance.support.Problems.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.support.Barriers;
import org.totalplace.governance.support.KnownPilots;

/** Comments on a barrier: by its pilot's staff and its region's Government Office, kept as written and audited. */
@QuarkusTest
class BarrierCommentResourceTest {

    @Inject
    KnownPilots pilots;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private String lewisham;
    private String barrier;

    @BeforeEach
    void aBarrierOfAPilotInLondon() {
        lewisham = "lewisham-" + UUID.randomUUID().toString().substring(0, 8);
        barrier = Barriers.raisedTo(pilots.known(lewisham, "Lewisham", "London"), EscalationTier.PILOT);
    }

    @Test
    void shouldRecordTheCommentersTokenSubjectAndTheTime() {
        Instant before = Instant.now();
        JsonPath comment = comment(as("go-officer", List.of(), "London"), "  Asked the Home Office about the conditions  ")
                .then().statusCode(201)
                .header("Location", endsWith("/barriers/" + barrier + "/comments"))
                .body("barrierId", equalTo(barrier))
                .body("author", equalTo("go-officer@test.totalplace.local"))
                .body("text", equalTo("Asked the Home Office about the conditions"))
                .extract().jsonPath();

        assertThat(Instant.parse(comment.getString("at"))).isBetween(before.minusSeconds(1), Instant.now());
        as("pilot-analyst", List.of(lewisham), null).get("/barriers/" + barrier + "/comments").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", contains(comment.getString("id")));
    }

    @Test
    void shouldListCommentsOldestFirst() {
        String first = comment(as("pilot-lead", List.of(lewisham), null), "Raised with the partnership board")
                .then().statusCode(201).extract().path("id");
        String second = comment(as("go-officer", List.of(), "London"), "Taken up with the department")
                .then().statusCode(201).extract().path("id");

        given().get("/barriers/" + barrier + "/comments").then()
                .statusCode(200)
                .body("items.id", contains(first, second))
                .body("items.author", contains("pilot-lead@test.totalplace.local", "go-officer@test.totalplace.local"));
    }

    @Test
    void shouldRejectABlankCommentNamingTheField() {
        comment(given(), "   ").then()
                .spec(problem(400, "validation"))
                .body("errors.field", contains("text"));
    }

    @Test
    void shouldAnswer404ForABarrierThatDoesNotExist() {
        given().contentType(ContentType.JSON).body("{\"text\":\"Anyone there?\"}")
                .post("/barriers/" + UUID.randomUUID() + "/comments").then()
                .spec(problem(404, "not-found"));
        given().get("/barriers/" + UUID.randomUUID() + "/comments").then().spec(problem(404, "not-found"));
    }

    @Test
    void shouldRefuseACommentFromAGovernmentOfficeOfAnotherRegion() {
        comment(as("go-officer", List.of(), "North East"), "Not ours").then().spec(problem(403, "forbidden"));
        comment(as("secretariat", List.of(), null), "Not theirs to say").then().spec(problem(403, "forbidden"));
    }

    @Test
    void shouldAuditACommentAndNeverChangeIt() {
        String id = comment(given(), "For the record").then().statusCode(201).extract().path("id");

        given().queryParam("recordType", "barrier_comment").queryParam("recordId", id).get("/audit-entries").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].action", equalTo("insert"))
                .body("items[0].after.text", equalTo("For the record"));
        assertThatThrownBy(() -> sql("update barrier_comment set text = 'Changed' where id = '" + id + "'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from barrier_comment where id = '" + id + "'"))
                .hasMessageContaining("append-only");
    }

    private Response comment(RequestSpecification caller, String text) {
        return caller.contentType(ContentType.JSON).body("{\"text\":\"" + text + "\"}")
                .post("/barriers/" + barrier + "/comments");
    }

    private void sql(String statement) {
        try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
             var s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
