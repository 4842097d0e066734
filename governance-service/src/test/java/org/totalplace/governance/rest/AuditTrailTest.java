package org.totalplace.governance.rest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.Tokens;

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
    void shouldRecordAGroupsCreationWithTheRequestTheActorAndTheRowAfter() {
        String code = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        String id = given().contentType(ContentType.JSON).header(RequestIds.HEADER, "audit-test-group-1")
                .body("""
                        {"code":"%s","name":"Leaders' group","kind":"OTHER","quorum":{"kind":"AT_LEAST","seats":2}}"""
                        .formatted(code))
                .post("/groups").then().statusCode(201).header(RequestIds.HEADER, "audit-test-group-1")
                .extract().path("id");

        JsonPath trail = given().queryParam("recordType", "governance_group").queryParam("recordId", id)
                .get("/audit-entries").then().statusCode(200).body("total", equalTo(1)).extract().jsonPath();

        assertThat(trail.getString("items[0].action")).isEqualTo("insert");
        assertThat(trail.getString("items[0].requestId")).isEqualTo("audit-test-group-1");
        assertThat(trail.getString("items[0].actor")).isEqualTo(expectedActor());
        assertThat(trail.getString("items[0].before")).isNull();
        assertThat(trail.getString("items[0].after.code")).isEqualTo(code);
        assertThat(sql("select payload::jsonb ->> 'actor' from outbox_event where aggregate_id = '" + id + "'"))
                .isNotEmpty().containsOnly(expectedActor());
        assertThatThrownBy(() -> sql("delete from audit_entry where record_id = '" + id + "'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseAnUnknownRecordTypeNamingTheParameter() {
        given().queryParam("recordType", "processed_event").get("/audit-entries")
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
            List<String> values = new ArrayList<>();
            if (s.execute(statement)) {
                try (var rows = s.getResultSet()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
