package org.totalplace.pilots.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request bodies for partner body tests: valid bodies with names and codes no other test uses, to vary
 * field by field. Codes come from a counter, so they never collide within a test run.
 */
public final class PartnerBodyJson {

    private static final AtomicInteger NEXT = new AtomicInteger(500_000);

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private PartnerBodyJson() {
    }

    /** A metropolitan district with an unused E08 GSS code. */
    public static PartnerBodyJson localAuthority() {
        return named("Test Council")
                .with("type", "LOCAL_AUTHORITY")
                .with("tier", "METROPOLITAN_DISTRICT")
                .with("code", unusedGssCode("E08"))
                .with("region", "North East");
    }

    /** A primary care trust with an unused three-character ODS code. */
    public static PartnerBodyJson primaryCareTrust() {
        return named("Test PCT")
                .with("type", "PRIMARY_CARE_TRUST")
                .with("code", unusedOdsCode())
                .with("region", "London");
    }

    /** A body of {@code type}, without tier, code or region. */
    public static PartnerBodyJson of(String type) {
        return named("Test " + type.toLowerCase(Locale.ROOT)).with("type", type);
    }

    public static String unusedGssCode(String prefix) {
        return prefix + String.format("%06d", NEXT.incrementAndGet());
    }

    public static String unusedOdsCode() {
        return Integer.toString(36 * 36 + NEXT.incrementAndGet() % (35 * 36 * 36), 36).toUpperCase(Locale.ROOT);
    }

    private static PartnerBodyJson named(String prefix) {
        return new PartnerBodyJson().with("name", prefix + " " + UUID.randomUUID().toString().substring(0, 8));
    }

    public PartnerBodyJson with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public PartnerBodyJson without(String field) {
        fields.remove(field);
        return this;
    }

    public String name() {
        return (String) fields.get("name");
    }

    public String code() {
        return (String) fields.get("code");
    }

    public Map<String, Object> body() {
        return new LinkedHashMap<>(fields);
    }

    /** Registers this body and answers its id. */
    public String register() {
        return given().contentType(ContentType.JSON).body(body()).post("/partner-bodies").then()
                .statusCode(201).extract().path("id");
    }
}
