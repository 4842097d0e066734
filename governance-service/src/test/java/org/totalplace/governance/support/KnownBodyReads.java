package org.totalplace.governance.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.function.Predicate;

/** Waits for the consumer: reads GET /known-bodies/{idOrCode} until the body is there and as expected. */
public final class KnownBodyReads {

    private static final Duration TIMEOUT = Duration.ofSeconds(45);

    private KnownBodyReads() {
    }

    public static JsonPath awaitBody(String idOrCode, Predicate<JsonPath> expected) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = given().get("/known-bodies/" + idOrCode);
            if (response.statusCode() != 200) {
                return false;
            }
            found[0] = response.jsonPath();
            return expected.test(found[0]);
        });
        return found[0];
    }
}
