package org.totalplace.reporting.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The subscription API's contract: secrets shown once, field-by-field 400s, If-Match on update, deactivation. */
@QuarkusTest
class WebhookSubscriptionResourceTest {

    private static final String TOTALS = "totalplace.spend.pilot-totals-changed.v1";

    private static Map<String, Object> request(String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "GO " + region + " Total Place desk");
        // nothing listens here: the subscriptions of this test list a pilot no event is about
        body.put("url", "https://go.example.invalid/hooks");
        body.put("region", region);
        body.put("eventTypes", List.of(TOTALS));
        body.put("pilotIds", List.of(UUID.randomUUID().toString()));
        return body;
    }

    private static JsonPath create(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/webhook-subscriptions")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void shouldShowTheSecretOnceAndNeverInAnyRead() {
        Response created = given().contentType(ContentType.JSON).body(request("East Midlands"))
                .post("/webhook-subscriptions");
        created.then().statusCode(201)
                .header("ETag", "\"1\"")
                .body("secret", startsWith("whsec_"))
                .body("region", equalTo("East Midlands"))
                .body("eventTypes", hasItem(TOTALS))
                .body("active", equalTo(true));
        String id = created.jsonPath().getString("id");
        String secret = created.jsonPath().getString("secret");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
        assertThat(created.header("Location")).endsWith("/webhook-subscriptions/" + id);

        String one = given().get("/webhook-subscriptions/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .extract().asString();
        String list = given().queryParam("region", "East Midlands").queryParam("size", "200")
                .get("/webhook-subscriptions").then().statusCode(200).extract().asString();
        String deliveries = given().get("/webhook-subscriptions/{id}/deliveries", id).then().statusCode(200)
                .extract().asString();

        assertThat(list).contains(id);
        for (String read : List.of(one, list, deliveries)) {
            assertThat(read).doesNotContain(secret).doesNotContain(secret.substring("whsec_".length()))
                    .doesNotContain("\"secret\"");
        }
        // a rotation shows the new secret once, and it is not the first
        String rotated = given().post("/webhook-subscriptions/{id}/secret-rotations", id).then().statusCode(201)
                .extract().jsonPath().getString("secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(given().get("/webhook-subscriptions/{id}", id).then().extract().asString())
                .doesNotContain(rotated.substring("whsec_".length()));
    }

    @Test
    void rejectsAnUnknownEventTypeABadUrlSchemeAndAnUnknownRegionNamingEachField() {
        Map<String, Object> body = request("Wales");
        body.put("url", "ftp://go.example.invalid/hooks");
        body.put("eventTypes", List.of(TOTALS, "totalplace.spend.totals-changed.v1"));

        given().contentType(ContentType.JSON).body(body).post("/webhook-subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:validation"))
                .body("errors.field", hasItems("url", "region", "eventTypes[1]"))
                .body("errors.field", not(hasItem("eventTypes[0]")));
    }

    @Test
    void rejectsAPilotThatIsNeitherAnIdNorAKnownCode() {
        Map<String, Object> body = request("London");
        body.put("pilotIds", List.of("no-such-pilot-code"));

        given().contentType(ContentType.JSON).body(body).post("/webhook-subscriptions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("pilotIds[0]"));
    }

    @Test
    void shouldRequireIfMatchAndRefuseAStaleVersion() {
        String id = create(request("West Midlands")).getString("id");
        Map<String, Object> changed = request("West Midlands");
        changed.put("name", "GO West Midlands, renamed");

        given().contentType(ContentType.JSON).body(changed).put("/webhook-subscriptions/{id}", id)
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(changed)
                .put("/webhook-subscriptions/{id}", id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:totalplace:problem:precondition-failed"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .put("/webhook-subscriptions/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("GO West Midlands, renamed"))
                .body("secret", equalTo(null));
        // the version read before the change is stale now
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(changed)
                .put("/webhook-subscriptions/{id}", id)
                .then().statusCode(412);
        // and a bad replacement is a 400 like a bad creation
        changed.put("url", "mailto:go@example.invalid");
        given().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(changed)
                .put("/webhook-subscriptions/{id}", id)
                .then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    @Test
    void shouldDeactivateKeepingTheSubscriptionReadable() {
        String id = create(request("East of England")).getString("id");

        given().delete("/webhook-subscriptions/{id}", id).then().statusCode(200).body("active", equalTo(false));

        given().get("/webhook-subscriptions/{id}", id).then().statusCode(200).body("active", equalTo(false));
        given().get("/webhook-subscriptions/{id}/deliveries", id).then().statusCode(200).body("total", equalTo(0));
        given().post("/webhook-subscriptions/{id}/secret-rotations", id).then().statusCode(409)
                .contentType("application/problem+json");
        given().get("/webhook-subscriptions/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsAnUnknownRegionFilterAndABadRotationGrace() {
        given().queryParam("region", "Mercia").get("/webhook-subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("region"));
        String id = create(request("North West")).getString("id");
        given().queryParam("gracePeriod", "a day")
                .post("/webhook-subscriptions/{id}/secret-rotations", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("gracePeriod"));
        given().queryParam("gracePeriod", "-PT1H")
                .post("/webhook-subscriptions/{id}/secret-rotations", id)
                .then().statusCode(400).body("errors[0].field", equalTo("gracePeriod"));
    }

    @Test
    void shouldListNewestFirstAPageAtATimeWithLinks() {
        String older = create(request("South East")).getString("id");
        String newer = create(request("South East")).getString("id");

        JsonPath page = given().queryParam("region", "South East").queryParam("size", "1")
                .get("/webhook-subscriptions").then().statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .extract().jsonPath();

        assertThat(page.getInt("total")).isGreaterThanOrEqualTo(2);
        assertThat(page.getList("items.region")).containsOnly("South East");
        assertThat(page.getString("items[0].id")).isEqualTo(newer);
        assertThat(page.getString("items[0].id")).isNotEqualTo(older);
    }

    @Test
    void shouldDescribeEveryWebhookOperationInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/webhook-subscriptions'.post.operationId", equalTo("createWebhookSubscription"))
                .body("paths.'/webhook-subscriptions'.post.responses.'400'.content",
                        hasKey("application/problem+json"))
                .body("paths.'/webhook-subscriptions'.get.operationId", equalTo("listWebhookSubscriptions"))
                .body("paths.'/webhook-subscriptions/{id}'.get.operationId", equalTo("getWebhookSubscription"))
                .body("paths.'/webhook-subscriptions/{id}'.put.operationId", equalTo("replaceWebhookSubscription"))
                .body("paths.'/webhook-subscriptions/{id}'.put.responses", allOf(hasKey("412"), hasKey("428")))
                .body("paths.'/webhook-subscriptions/{id}'.delete.operationId",
                        equalTo("deactivateWebhookSubscription"))
                .body("paths.'/webhook-subscriptions/{id}/secret-rotations'.post.operationId",
                        equalTo("rotateWebhookSecret"))
                .body("paths.'/webhook-subscriptions/{id}/deliveries'.get.operationId",
                        equalTo("listWebhookDeliveries"))
                .body("paths.'/webhook-deliveries/{id}/redeliveries'.post.operationId",
                        equalTo("redeliverWebhookDelivery"))
                .body("paths.'/webhook-deliveries/{id}/redeliveries'.post.responses", hasKey("500"));
    }
}
