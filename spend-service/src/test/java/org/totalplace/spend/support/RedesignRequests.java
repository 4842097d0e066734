package org.totalplace.spend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Redesign proposals over HTTP, starting from the worked example of docs/spend-redesign.md. */
public final class RedesignRequests {

    /** The worked example: Gateshead Council invests, NHS South of Tyne and Wear saves most. */
    public static final String EXAMPLE = """
            {"title":"Early help for families with complex needs","theme":"From repair to prevention",
             "description":null,"discountRate":"0.035","priceBasis":{"kind":"real","baseYear":"2009-10"},
             "firstYear":"2010-11","flows":[
              {"body":"Gateshead Council","financialYear":"2010-11","investment":%s},
              {"body":"Gateshead Council","financialYear":"2012-13","savings":%s},
              {"body":"NHS South of Tyne and Wear","financialYear":"2011-12","savings":%s},
              {"body":"NHS South of Tyne and Wear","financialYear":"2012-13","savings":%s}]}"""
            .formatted(range("90000.00", "100000.00", "120000.00"), range("5000.00", "10000.00", "15000.00"),
                    range("30000.00", "40000.00", "95000.00"), range("60000.00", "80000.00", "100000.00"));

    private RedesignRequests() {
    }

    public static String range(String low, String central, String high) {
        return "{\"low\":" + gbp(low) + ",\"central\":" + gbp(central) + ",\"high\":" + gbp(high) + "}";
    }

    public static String gbp(String amount) {
        return "{\"amount\":\"" + amount + "\",\"currency\":\"GBP\"}";
    }

    /** A proposal with one flow, for tests about anything but the numbers. */
    public static String oneFlow(String title, String body, String year, String savings) {
        return """
                {"title":"%s","priceBasis":{"kind":"real","baseYear":"2009-10"},"firstYear":"2010-11",
                 "flows":[{"body":"%s","financialYear":"%s","savings":%s}]}"""
                .formatted(title, body, year, range(savings, savings, savings));
    }

    public static ValidatableResponse propose(Object pilot, String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/pilots/{pilot}/redesign-proposals", pilot.toString()).then();
    }

    /** Proposes and returns the new proposal's id. */
    public static String proposed(UUID pilot, String json) {
        return propose(pilot, json).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse revise(String id, String ifMatch, String json) {
        var request = given().contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/redesign-proposals/{id}", id).then();
    }

    public static ValidatableResponse withdraw(String id, String ifMatch, String reason) {
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body("{\"reason\":\"" + reason + "\"}")
                .when().post("/redesign-proposals/{id}/withdraw", id).then();
    }
}
