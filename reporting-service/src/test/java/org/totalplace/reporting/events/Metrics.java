package org.totalplace.reporting.events;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads counters the way an operator (or another service's test) does: from the Prometheus text at /q/metrics. */
final class Metrics {

    private Metrics() {
    }

    /** The value of a counter, 0 when it has not been created yet; {@code type} null for an untagged counter. */
    static double counter(String name, String type) {
        String prometheusName = name.replace('.', '_') + "_total";
        String text = given().accept("text/plain").get("/q/metrics").then().statusCode(200).extract().asString();
        String labels = type == null ? "(\\{\\})?" : "\\{[^}]*type=\"" + Pattern.quote(type) + "\"[^}]*\\}";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(prometheusName) + labels + " ([0-9.eE+-]+)$").matcher(text);
        return m.find() ? Double.parseDouble(m.group(m.groupCount())) : 0.0;
    }
}
