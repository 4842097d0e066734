package org.totalplace.pilots.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Request bodies for parallel place tests: a valid place with a code and name no other test uses, to vary field by
 * field. The seeds name no parallel place, so the fields are plainly a test's.
 */
public final class ParallelPlaceJson {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private ParallelPlaceJson() {
    }

    public static ParallelPlaceJson valid() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return new ParallelPlaceJson()
                .with("code", "parallel-" + suffix)
                .with("name", "Parallel Place " + suffix)
                .with("region", "North West")
                .with("place", "Test county " + suffix)
                .with("councilType", "County")
                .with("theme", "Services for older people")
                .with("aliases", List.of("Parallel Alias " + suffix))
                .with("tags", List.of("Older people"));
    }

    public ParallelPlaceJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public String code() {
        return (String) fields.get("code");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    /** Registers this place and answers its id. */
    public String register() {
        return given().contentType(ContentType.JSON).body(body()).post("/parallel-places").then()
                .statusCode(201).extract().path("id");
    }
}
