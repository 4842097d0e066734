package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.Tokens;
import org.totalplace.testkit.TestTokens;
import org.totalplace.pilots.support.PilotJson;

/** Every change to an audited record leaves an entry: who, when, which request, the row before and after. */
@QuarkusTest
class AuditTrailTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Test
    void shouldRecordARegistrationAndARevisionWithTheRequestAndTheRowBeforeAndAfter() {
        PilotJson pilot = PilotJson.valid();
        String id = given().contentType(ContentType.JSON).header(RequestIds.HEADER, "audit-test-register-1")
                .body(pilot.body()).post("/pilots")
                .then().statusCode(201).header(RequestIds.HEADER, "audit-test-register-1").extract().path("id");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").header(RequestIds.HEADER, "audit-test-revise-1")
                .body(pilot.with("region", "North East").body()).put("/pilots/{id}", id)
                .then().statusCode(200);

        JsonPath trail = given().queryParam("recordType", "pilot").queryParam("recordId", id)
                .get("/audit-entries").then().statusCode(200).body("total", equalTo(2)).extract().jsonPath();

        assertThat(trail.getList("items.action")).containsExactly("update", "insert");
        assertThat(trail.getList("items.requestId")).containsExactly("audit-test-revise-1", "audit-test-register-1");
        assertThat(trail.getList("items.actor")).containsOnly(expectedActor());
        assertThat(trail.getString("items[1].before")).isNull();
        assertThat(trail.getString("items[1].after.code")).isEqualTo(pilot.code());
        assertThat(trail.getString("items[0].before.region")).isNotEqualTo("NORTH_EAST"); // the row as stored: the enum name
        assertThat(trail.getString("items[0].after.region")).isEqualTo("NORTH_EAST");
        assertThat(trail.getLong("items[0].id")).isGreaterThan(trail.getLong("items[1].id"));
    }

    @Test
    void shouldNameTheSubjectOfTheRequestsTokenAsTheActor() {
        String token = TestTokens.forRole("programme-office", List.of(), null);
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(PilotJson.valid().body())
                .post("/pilots").then().statusCode(201).extract().path("id");

        given().queryParam("recordType", "pilot").queryParam("recordId", id).get("/audit-entries")
                .then().statusCode(200).body("items[0].actor", equalTo("programme-office@test.totalplace.local"));
        assertThat(sql("select payload::jsonb ->> 'actor' from outbox_event where aggregate_id = '" + id + "'"))
                .isNotEmpty().containsOnly("programme-office@test.totalplace.local");
    }

    @Test
    void shouldGiveEveryRequestAnIdWhenTheCallerSendsNoneOrANonsensicalOne() {
        String generated = given().header(RequestIds.HEADER, "not sensible; has spaces").get("/pilots")
                .then().statusCode(200).extract().header(RequestIds.HEADER);

        assertThat(generated).matches("[0-9a-f-]{36}");
    }

    @Test
    void shouldCarryTheActorInTheEventsOfAChange() {
        PilotJson pilot = PilotJson.valid();
        String id = given().contentType(ContentType.JSON).body(pilot.body()).post("/pilots")
                .then().statusCode(201).extract().path("id");

        List<String> actors = sql("select payload::jsonb ->> 'actor' from outbox_event where aggregate_id = '" + id + "'");

        assertThat(actors).isNotEmpty().containsOnly(expectedActor());
    }

    @Test
    void shouldRefuseToChangeOrDeleteAuditEntries() {
        String id = given().contentType(ContentType.JSON).body(PilotJson.valid().body()).post("/pilots")
                .then().statusCode(201).extract().path("id");

        assertThatThrownBy(() -> sql("update audit_entry set actor = 'someone else' where record_id = '" + id + "'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from audit_entry where record_id = '" + id + "'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("truncate audit_entry")).hasMessageContaining("append-only");
        given().queryParam("recordType", "pilot").queryParam("recordId", id).get("/audit-entries")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldRefuseAnUnknownOrMissingRecordTypeNamingTheParameter() {
        given().queryParam("recordType", "outbox_event").get("/audit-entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("recordType"));
        given().get("/audit-entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("recordType"));
    }

    /** Who the tests' requests are made as: the testkit's default programme-office token's subject. */
    private static String expectedActor() {
        return Tokens.Claims.programmeOffice().subject();
    }

    private List<String> sql(String statement) {
        try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
             var s = connection.createStatement()) {
            if (!s.execute(statement)) {
                return List.of();
            }
            List<String> values = new java.util.ArrayList<>();
            try (var rows = s.getResultSet()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
