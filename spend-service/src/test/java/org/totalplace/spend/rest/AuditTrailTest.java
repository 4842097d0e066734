package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
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
import org.totalplace.spend.support.Submissions;

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
    void shouldRecordAnImportAndItsWithdrawalButNotItsLines() {
        String submission = Submissions.open();
        String csv = "Service,Ref,Period,Supplier,Amount,Date\nLibraries," + UUID.randomUUID()
                + ",201101,BOOKS LTD,20.00,2011-04-02\n";
        String importId = Submissions.csvUpload(csv.getBytes(StandardCharsets.UTF_8))
                .header(RequestIds.HEADER, "audit-test-import-1")
                .post("/submissions/{id}/imports", submission).then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header(RequestIds.HEADER, "audit-test-withdraw-1")
                .body("{\"reason\":\"loaded into the wrong submission\"}")
                .post("/imports/{id}/withdraw", importId).then().statusCode(200);

        JsonPath trail = given().queryParam("recordType", "ledger_import").queryParam("recordId", importId)
                .get("/audit-entries").then().statusCode(200).body("total", equalTo(2)).extract().jsonPath();

        assertThat(trail.getList("items.action")).containsExactly("update", "insert");
        assertThat(trail.getList("items.requestId")).containsExactly("audit-test-withdraw-1", "audit-test-import-1");
        assertThat(trail.getList("items.actor")).containsOnly(expectedActor());
        assertThat(trail.getString("items[0].before.withdrawn_at")).isNull();
        assertThat(trail.getString("items[0].after.withdrawn_reason")).isEqualTo("loaded into the wrong submission");
        assertThat(sql("select count(*) from audit_entry where record_type = 'ledger_line'")).containsExactly("0");
        assertThat(sql("select payload::jsonb ->> 'actor' from outbox_event where payload like '%" + importId + "%'"))
                .isNotEmpty().containsOnly(expectedActor());
        assertThatThrownBy(() -> sql("update audit_entry set actor = 'x' where record_id = '" + importId + "'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void shouldRefuseAnUnknownRecordTypeNamingTheParameter() {
        given().queryParam("recordType", "ledger_line").get("/audit-entries")
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
