package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.Tokens;

/** Changes to webhook subscriptions leave audit entries; their secrets never reach the trail. */
@QuarkusTest
class AuditTrailTest {

    @Test
    void shouldRecordASubscriptionAndItsDeactivationWithoutItsSecret() {
        Map<String, Object> body = Map.of("name", "GO North West desk", "url", "https://go.example.invalid/audit",
                "region", "North West", "eventTypes", List.of("totalplace.spend.pilot-totals-changed.v1"),
                "pilotIds", List.of(UUID.randomUUID().toString()));
        JsonPath created = given().contentType(ContentType.JSON).header(RequestIds.HEADER, "audit-test-subscribe-1")
                .body(body).post("/webhook-subscriptions").then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");
        given().header(RequestIds.HEADER, "audit-test-unsubscribe-1").delete("/webhook-subscriptions/{id}", id)
                .then().statusCode(200);

        String trail = given().queryParam("recordType", "webhook_subscription").queryParam("recordId", id)
                .get("/audit-entries").then().statusCode(200).body("total", equalTo(2)).extract().asString();
        JsonPath entries = JsonPath.from(trail);

        assertThat(entries.getList("items.action")).containsExactly("update", "insert");
        assertThat(entries.getList("items.requestId")).containsExactly("audit-test-unsubscribe-1", "audit-test-subscribe-1");
        assertThat(entries.getList("items.actor")).containsOnly(Tokens.Claims.programmeOffice().subject());
        assertThat(entries.getBoolean("items[0].before.active")).isTrue();
        assertThat(entries.getBoolean("items[0].after.active")).isFalse();
        assertThat(entries.getString("items[1].after.url")).isEqualTo("https://go.example.invalid/audit");
        assertThat(trail).doesNotContain(secret.substring("whsec_".length()));
    }

    @Test
    void shouldRefuseARecordTypeThatIsNotAudited() {
        given().queryParam("recordType", "webhook_secret").get("/audit-entries")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("recordType"));
    }
}
