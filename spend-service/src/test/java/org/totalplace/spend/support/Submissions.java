package org.totalplace.spend.support;

import static io.restassured.RestAssured.given;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Test helpers that go through the API as a client would. */
public final class Submissions {

    /** Sends text/csv without a charset unless the test states one (RestAssured would add ISO-8859-1). */
    public static final RestAssuredConfig NO_DEFAULT_CHARSET = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Submissions() {
    }

    /** Opens a draft submission for a new pilot; returns its id. */
    public static String open(UUID pilot, String body, String financialYear) {
        return given().contentType(ContentType.JSON)
                .body("{\"pilotId\":\"%s\",\"body\":\"%s\",\"financialYear\":\"%s\"}".formatted(pilot, body, financialYear))
                .when().post("/submissions")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String open() {
        return open(UUID.randomUUID(), "Gateshead Council", "2011-12");
    }

    /** A CSV upload with the small test ledgers' mapping: Amount, Date, Period, Supplier, Service, Ref. */
    public static RequestSpecification csvUpload(byte[] content) {
        return given().config(NO_DEFAULT_CHARSET).contentType("text/csv").body(content)
                .queryParam("amount", "Amount").queryParam("date", "Date").queryParam("period", "Period")
                .queryParam("supplier", "Supplier").queryParam("serviceLevel", "Service")
                .queryParam("transactionRef", "Ref");
    }
}
