package org.totalplace.pilots.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every problem response has in common: status, media type, type URN, and the request path. */
public final class Problems {

    private Problems() {
    }

    public static ResponseSpecification problem(int status, String kind) {
        return new ResponseSpecBuilder()
                .expectStatusCode(status)
                .expectHeader("Content-Type", startsWith("application/problem+json"))
                .expectBody("type", equalTo("urn:totalplace:problem:" + kind))
                .expectBody("status", equalTo(status))
                .build();
    }
}
