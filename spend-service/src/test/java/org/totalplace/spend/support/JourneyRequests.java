package org.totalplace.spend.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Journeys over HTTP, starting from the worked example of docs/spend-journeys.md, and the pilot it needs: three
 * partner bodies and a count of Gateshead Council's spend on old age (10.2) from which the home care hour is derived.
 */
public final class JourneyRequests {

    public static final String NHS = "NHS South of Tyne and Wear";
    public static final String COUNCIL = "Gateshead Council";
    public static final String FIRE = "Tyne and Wear Fire and Rescue Service";
    public static final String ILLUSTRATIVE = "Illustrative unit cost for the worked example (docs/spend-journeys.md)";

    /** Today: Mrs A is admitted, discharged with home care and readmitted within three weeks. */
    public static final List<String> TODAY = List.of(
            stated(0, NHS, "A&E attendance", "REPAIR", 1, "110.00"),
            stated(0, NHS, "hospital bed day", "REPAIR", 12, "250.00"),
            stated(12, COUNCIL, "social worker assessment", "REPAIR", 1, "180.00"),
            homeCare(12),
            stated(20, NHS, "A&E attendance", "REPAIR", 1, "110.00"),
            stated(20, NHS, "hospital bed day", "REPAIR", 8, "250.00"),
            stated(28, COUNCIL, "social worker assessment", "REPAIR", 1, "180.00"),
            homeCare(28),
            stated(45, NHS, "GP medication review", "PREVENTION", 1, "36.00"));

    /** Redesigned: early supported discharge, reablement and a fire-and-falls safety check; no readmission. */
    public static final List<String> REDESIGNED = List.of(
            stated(0, NHS, "A&E attendance", "REPAIR", 1, "110.00"),
            stated(0, NHS, "hospital bed day", "REPAIR", 7, "250.00"),
            stated(7, COUNCIL, "reablement hour", "PREVENTION", 40, "25.00"),
            stated(7, COUNCIL, "social worker assessment", "REPAIR", 1, "180.00"),
            stated(10, FIRE, "home fire and falls safety check", "PREVENTION", 1, "60.00"),
            homeCare(14),
            stated(45, NHS, "GP medication review", "PREVENTION", 1, "36.00"));

    private JourneyRequests() {
    }

    public static String stated(int day, String body, String activity, String purpose, int quantity, String amount) {
        return """
                {"dayOffset":%d,"body":"%s","activity":"%s","purpose":"%s","quantity":%d,
                 "unitCost":{"kind":"stated","amount":{"amount":"%s","currency":"GBP"},"source":"%s"}}"""
                .formatted(day, body, activity, purpose, quantity, amount, ILLUSTRATIVE);
    }

    /** 28 home care hours at the council's counted spend on old age ÷ 1,150,000 hours. */
    public static String homeCare(int day) {
        return """
                {"dayOffset":%d,"body":"%s","activity":"home care hour","purpose":"REPAIR","quantity":28,
                 "unitCost":{"kind":"derived","function":"10.2","activityVolume":1150000,
                 "volumeSource":"Illustrative: home care hours the council paid for in 2009-10"}}"""
                .formatted(day, COUNCIL);
    }

    public static String journey(String name, String redesigns, String proposal, List<String> contacts) {
        return """
                {"name":"%s","theme":"OLDER_PERSON_LEAVING_HOSPITAL","financialYear":"2009-10",
                 "priceBasis":{"kind":"nominal","baseYear":null},"redesigns":%s,"redesignProposalId":%s,
                 "contacts":[%s]}"""
                .formatted(name, quoted(redesigns), quoted(proposal), String.join(",", contacts));
    }

    public static String today() {
        return journey("Mrs A, 84, falls at home and is readmitted", null, null, TODAY);
    }

    public static String redesign(String todayId, String proposalId) {
        return journey("Mrs A with reablement and a falls check", todayId, proposalId, REDESIGNED);
    }

    /** The contacts with one replaced. */
    public static List<String> replacing(List<String> contacts, int index, String contact) {
        List<String> changed = new ArrayList<>(contacts);
        changed.set(index, contact);
        return changed;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    public static ValidatableResponse record(Object pilot, String json) {
        return given().contentType(ContentType.JSON).body(json)
                .when().post("/pilots/{pilot}/journeys", pilot.toString()).then();
    }

    public static String recorded(UUID pilot, String json) {
        return record(pilot, json).statusCode(201).extract().path("id");
    }

    public static ValidatableResponse revise(String id, String ifMatch, String json) {
        var request = given().contentType(ContentType.JSON).body(json);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put("/journeys/{id}", id).then();
    }
}
