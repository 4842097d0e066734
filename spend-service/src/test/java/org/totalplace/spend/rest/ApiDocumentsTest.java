package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The published API documents: OpenAPI for HTTP, AsyncAPI and JSON Schemas for events. */
@QuarkusTest
class ApiDocumentsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> paths() {
        return given().accept("application/json").queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().path("paths");
    }

    @Test
    void shouldGiveEveryOperationAnIdASummaryAndItsErrorResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = paths();

        assertThat(paths).containsKeys("/spend-lines", "/spend-lines/{id}");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            assertThat(operation.get("operationId")).as(method + " " + path + " operationId").isNotNull();
            assertThat(operation.get("summary")).as(method + " " + path + " summary").isNotNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).as(method + " " + path + " responses").containsKey("500")
                    .containsAnyOf(Map.entry("400", responses.getOrDefault("400", "")),
                            Map.entry("404", responses.getOrDefault("404", "")));
        }));
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldShowAnExampleBodyForRecordingASpendLine() {
        Map<String, Object> post = paths().get("/spend-lines").get("post");

        Map<String, Object> json = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) post
                .get("requestBody")).get("content")).get("application/json");
        Map<String, Object> examples = (Map<String, Object>) json.get("examples");
        assertThat(examples).isNotEmpty();
        assertThat(examples.values()).allSatisfy(example -> {
            Map<String, Object> body = (Map<String, Object>) ((Map<String, Object>) example).get("value");
            Object amount = ((Map<String, Object>) body.get("amount")).get("amount");
            assertThat(amount).as("an example amount is a decimal string").isInstanceOf(String.class);
        });
        assertThat(((Map<String, Object>) post.get("responses")).keySet())
                .containsAll(List.of("201", "400", "413", "415"));
    }

    @Test
    void shouldDocumentTheLedgerImportOperationsAndServeTheirEventSchemas() {
        assertThat(paths()).containsKeys("/submissions", "/submissions/{id}", "/submissions/{id}/state",
                "/submissions/{id}/imports", "/imports/{id}", "/imports/{id}/withdraw", "/mapping-profiles",
                "/mapping-profiles/{id}", "/mapping-profiles/guess");
        for (String type : List.of("totalplace.spend.submission-state-changed.v1",
                "totalplace.spend.import-reconciled.v1")) {
            given().when().get("/asyncapi.yaml").then().statusCode(200)
                    .body(containsString("/schemas/" + type + ".json"));
            given().when().get("/schemas/" + type + ".json").then()
                    .statusCode(200)
                    .body(containsString("urn:totalplace:schema:" + type));
        }
    }

    @Test
    void shouldDocumentTheRedesignOperationsAndServeTheirEventSchema() {
        assertThat(paths()).containsKeys("/pilots/{pilotId}/redesign-proposals", "/redesign-proposals/{id}",
                "/redesign-proposals/{id}/withdraw");
        String type = "totalplace.spend.redesign-proposal-changed.v1";
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("/schemas/" + type + ".json"));
        given().when().get("/schemas/" + type + ".json").then()
                .statusCode(200)
                .body(containsString("urn:totalplace:schema:" + type));
    }

    @Test
    void shouldDocumentTheJourneyOperationsAndServeTheirEventSchema() {
        assertThat(paths()).containsKeys("/pilots/{pilotId}/journeys", "/journeys/{id}", "/journeys/{id}/comparison");
        String type = "totalplace.spend.journey-costed.v1";
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("/schemas/" + type + ".json"));
        given().when().get("/schemas/" + type + ".json").then()
                .statusCode(200)
                .body(containsString("urn:totalplace:schema:" + type));
    }

    @Test
    void shouldServeTheAsyncApiDocumentAndTheEventSchema() {
        given().when().get("/asyncapi.yaml").then()
                .statusCode(200)
                .body(containsString("address: totalplace.spend.v1"))
                .body(containsString("/schemas/totalplace.spend.spend-line-recorded.v1.json"));
        given().when().get("/schemas/totalplace.spend.spend-line-recorded.v1.json").then()
                .statusCode(200)
                .body(containsString("urn:totalplace:schema:totalplace.spend.spend-line-recorded.v1"));
    }

    @Test
    void shouldDocumentTheModerationOperationsAndServeTheAdjustmentEventSchemas() {
        assertThat(paths()).containsKeys("/pilots/{pilotId}/moderation/missing-bodies",
                "/pilots/{pilotId}/moderation/breaks", "/submissions/{id}/moderation/breaks", "/moderation/comparison",
                "/pilots/{pilotId}/adjustments", "/pilots/{pilotId}/adjustments/{id}",
                "/pilots/{pilotId}/adjustments/{id}/withdraw");
        for (String type : List.of("totalplace.spend.adjustment-recorded.v1",
                "totalplace.spend.adjustment-withdrawn.v1")) {
            given().when().get("/asyncapi.yaml").then().statusCode(200)
                    .body(containsString("/schemas/" + type + ".json"));
            given().when().get("/schemas/" + type + ".json").then()
                    .statusCode(200)
                    .body(containsString("urn:totalplace:schema:" + type));
        }
    }
}
