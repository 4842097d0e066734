package org.totalplace.testkit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every endpoint of a service × every role × a pilot inside and a pilot outside the caller's scope, checked
 * against {@link AccessTable}. The endpoint table a test gives must name exactly the operations the service's
 * OpenAPI document lists, so an endpoint added later without an entry fails the test. A request the table refuses
 * must get 403 problem+json; one it allows must get neither 401/403 nor a 5xx (its placeholder body may well earn
 * a 400, 404, 409, 412 or 422). Refusals are sent first, so that allowed requests that change or remove a fixture
 * cannot turn a later refusal into a 404. Lists are read by every role: a body must not show what the role may not
 * see, and must show what it may.
 */
public final class AccessMatrix {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Endpoint> endpoints = new ArrayList<>();
    private final List<ListCheck> lists = new ArrayList<>();
    private final Map<String, String> tokens = new HashMap<>();
    private String pilot;
    private String region;

    private AccessMatrix() {
    }

    public static AccessMatrix forService() {
        return new AccessMatrix();
    }

    /** The pilot (code) and region every caller's token is scoped to. */
    public AccessMatrix inScope(String pilotCode, String region) {
        this.pilot = pilotCode;
        this.region = region;
        return this;
    }

    /** Documents the out-of-scope pilot; its requests and markers are given per endpoint and list. */
    public AccessMatrix outOfScope(String pilotCode, String region) {
        if (pilotCode.equals(pilot) || region.equals(this.region)) {
            throw new IllegalArgumentException("The out-of-scope pilot must be another pilot in another region");
        }
        return this;
    }

    /** An endpoint whose answer does not depend on a pilot: one request. */
    public AccessMatrix endpoint(String method, String template, String operation, Req request) {
        endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), template, operation, request, null));
        return this;
    }

    /** An endpoint about a pilot: a request about the in-scope pilot and one about the out-of-scope pilot. */
    public AccessMatrix endpoint(String method, String template, String operation, Req inScope, Req outOfScope) {
        endpoints.add(new Endpoint(method.toUpperCase(Locale.ROOT), template, operation, inScope, outOfScope));
        return this;
    }

    /**
     * A list spanning pilots, read by every role: the body must contain each of {@code inScopeMarkers} (ids, codes
     * of in-scope rows) for a role that may read the in-scope pilot, and none of {@code outOfScopeMarkers} for a
     * role that may not read the out-of-scope pilot; a role reaching every pilot must see both, which keeps the
     * fixture honest.
     */
    public AccessMatrix list(String path, String operation, List<String> inScopeMarkers, List<String> outOfScopeMarkers) {
        lists.add(new ListCheck(path, operation, inScopeMarkers, outOfScopeMarkers));
        return this;
    }

    public void verify() {
        if (pilot == null) {
            throw new IllegalStateException("Name the in-scope pilot and region first");
        }
        List<String> failures = new ArrayList<>();
        coverage(failures);
        List<Runnable> allowed = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String role : AccessTable.ROLES) {
                check(endpoint, role, endpoint.inScope(), true, failures, allowed);
                if (endpoint.outOfScope() != null) {
                    check(endpoint, role, endpoint.outOfScope(), false, failures, allowed);
                }
            }
        }
        for (ListCheck list : lists) {
            for (String role : AccessTable.ROLES) {
                checkList(list, role, failures);
            }
        }
        allowed.forEach(Runnable::run);
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " access expectation(s) not met:\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(failures.size(), 60))));
        }
    }

    private void coverage(List<String> failures) {
        Set<String> documented = documentedOperations();
        Set<String> tabled = new TreeSet<>();
        endpoints.forEach(endpoint -> tabled.add(endpoint.method() + " " + endpoint.template()));
        for (String operation : documented) {
            if (!tabled.contains(operation)) {
                failures.add("the OpenAPI document lists " + operation + " but the access table does not");
            }
        }
        for (String operation : tabled) {
            if (!documented.contains(operation)) {
                failures.add("the access table names " + operation + " but the OpenAPI document does not list it");
            }
        }
    }

    private static Set<String> documentedOperations() {
        String body = given().auth().none().accept("application/json").get("/q/openapi?format=json").asString();
        Set<String> operations = new TreeSet<>();
        try {
            JsonNode paths = JSON.readTree(body).path("paths");
            Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> path = entries.next();
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (operations.isEmpty()) {
            throw new AssertionError("The OpenAPI document lists no operations");
        }
        return operations;
    }

    private void check(Endpoint endpoint, String role, Req request, boolean inScope, List<String> failures,
                       List<Runnable> allowed) {
        boolean expected = AccessTable.allows(role, endpoint.operation(), inScope);
        String what = endpoint.method() + " " + request.path() + " (" + endpoint.operation() + ", "
                + (endpoint.outOfScope() == null ? "no pilot" : inScope ? "in scope" : "out of scope") + ") as " + role;
        if (expected) {
            allowed.add(() -> {
                Response response = send(endpoint.method(), request, role);
                int status = response.statusCode();
                if (status == 401 || status == 403 || status >= 500) {
                    failures.add(what + ": expected to be let through, got " + status + " " + brief(response));
                }
            });
            return;
        }
        Response response = send(endpoint.method(), request, role);
        String type = String.valueOf(response.contentType());
        if (response.statusCode() != 403 || !type.startsWith("application/problem+json")) {
            failures.add(what + ": expected 403 problem+json, got " + response.statusCode() + " " + type + " "
                    + brief(response));
        }
    }

    private void checkList(ListCheck list, String role, List<String> failures) {
        boolean seesInScope = AccessTable.allows(role, list.operation(), true);
        boolean seesOutOfScope = AccessTable.allows(role, list.operation(), false);
        Response response = send("GET", Req.to(list.path()), role);
        String what = "GET " + list.path() + " as " + role;
        if (!seesInScope) {
            if (response.statusCode() != 403) {
                failures.add(what + ": expected 403, got " + response.statusCode());
            }
            return;
        }
        if (response.statusCode() != 200) {
            failures.add(what + ": expected 200, got " + response.statusCode() + " " + brief(response));
            return;
        }
        String body = response.asString();
        for (String marker : list.inScopeMarkers()) {
            if (!body.contains(marker)) {
                failures.add(what + ": does not show in-scope " + marker);
            }
        }
        for (String marker : list.outOfScopeMarkers()) {
            if (seesOutOfScope && !body.contains(marker)) {
                failures.add(what + ": does not show " + marker + ", which this role may see");
            } else if (!seesOutOfScope && body.contains(marker)) {
                failures.add(what + ": leaks out-of-scope " + marker);
            }
        }
    }

    private Response send(String method, Req request, String role) {
        RequestSpecification spec = given().auth().none()
                .header("Authorization", "Bearer " + tokens.computeIfAbsent(role,
                        r -> TestTokens.forRole(r, List.of(pilot), region)));
        request.headers().forEach(spec::header);
        if (request.body() != null) {
            spec.contentType(request.contentType() == null ? "application/json" : request.contentType()).body(request.body());
        }
        return spec.request(method, request.path());
    }

    private static String brief(Response response) {
        String body = response.asString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private record Endpoint(String method, String template, String operation, Req inScope, Req outOfScope) {
    }

    private record ListCheck(String path, String operation, List<String> inScopeMarkers, List<String> outOfScopeMarkers) {
    }
}
