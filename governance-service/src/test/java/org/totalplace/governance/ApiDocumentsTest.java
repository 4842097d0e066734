package org.totalplace.governance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The service describes itself: OpenAPI for HTTP, AsyncAPI and JSON Schemas for events. */
@QuarkusTest
class ApiDocumentsTest {

    @Test
    void shouldServeTheAsyncApiDocumentOfTheTopic() {
        given().get("/asyncapi.yaml").then()
                .statusCode(200)
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("address: totalplace.governance.v1"));
    }

    @Test
    void shouldServeEverySchemaTheAsyncApiDocumentReferences() throws IOException {
        String asyncApi = given().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        Matcher reference = Pattern.compile("\\$ref: '(/schemas/[^']+)'").matcher(asyncApi);
        List<String> schemas = new ArrayList<>();
        while (reference.find()) {
            schemas.add(reference.group(1));
        }

        assertThat(schemas).contains("/schemas/totalplace.governance.group-created.v1.json");
        assertThat(schemas).containsExactlyInAnyOrderElementsOf(publishedSchemaFiles());
        schemas.forEach(schema -> given().get(schema).then().statusCode(200)
                .body(containsString("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")));
    }

    /** Every schema file this service ships, as the path it is served at. */
    private static List<String> publishedSchemaFiles() throws IOException {
        Path directory = Path.of(System.getProperty("totalplace.project.dir"),
                "governance-service/src/main/resources/META-INF/resources/schemas");
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> "/schemas/" + file.getFileName()).toList();
        }
    }

    @Test
    void shouldGiveEveryOperationAnIdASummaryAndItsProblemResponses() throws Exception {
        JsonNode openApi = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> operations = new ArrayList<>();

        for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode operation = method.getValue();
                String name = method.getKey() + " " + path.getKey();
                operations.add(name);
                assertThat(operation.path("operationId").asText()).as(name).isNotBlank();
                assertThat(operation.path("summary").asText()).as(name).isNotBlank();
                assertThat(operation.path("responses").has("500")).as(name + " documents 500").isTrue();
                assertThat(operation.path("responses").properties()).as(name + " documents a 4xx")
                        .anySatisfy(response -> assertThat(response.getKey()).startsWith("4"));
            }
        }
        assertThat(operations).contains("get /groups", "post /groups", "get /groups/{idOrCode}");
        assertThat(openApi.at("/paths/~1groups/post/operationId").asText()).isEqualTo("createGroup");
        assertThat(openApi.at("/paths/~1groups/post/responses").has("422")).as("documents rule violations").isTrue();
        assertThat(openApi.at("/components/responses/RuleViolation/content").has("application/problem+json")).isTrue();
        assertThat(openApi.at("/components/responses/Conflict/content").has("application/problem+json")).isTrue();
    }
}
