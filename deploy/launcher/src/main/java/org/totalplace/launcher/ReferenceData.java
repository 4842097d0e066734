package org.totalplace.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads the programme's reference data through the services' own APIs, so that it flows through the
 * outbox and the broker like any other change. Loading twice adds nothing: a pilot whose code is
 * already registered is left as it is.
 */
public final class ReferenceData {

    /** {@code areasUpdated}: pilots already present whose constituent areas differed from the file's. */
    public record Outcome(int registered, int alreadyPresent, int areasUpdated) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String bearerToken;

    /** {@code bearerToken}: a token the services accept (a programme-office one, see {@link Tokens}). */
    public ReferenceData(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearerToken);
    }

    public Outcome loadPilots(Path file, String pilotsBaseUrl) {
        JsonNode pilots;
        try {
            pilots = json.readTree(file.toFile()).path("pilots");
        } catch (IOException e) {
            throw new InfrastructureException("cannot read reference data " + file, e);
        }
        int registered = 0;
        int present = 0;
        int areasUpdated = 0;
        for (JsonNode pilot : pilots) {
            String code = pilot.path("code").asText();
            String pilotUrl = pilotsBaseUrl + "/pilots/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
            if (exists(pilotUrl)) {
                present++;
                if (pilot.has("areas") && updateAreas(pilotUrl, pilot.path("areas"))) {
                    areasUpdated++;
                }
            } else {
                // tags are not part of a pilot's registration; they are set after it, as for any pilot
                ObjectNode registration = ((ObjectNode) pilot.deepCopy());
                registration.remove("tags");
                HttpResponse<String> created = send(request(pilotsBaseUrl + "/pilots")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(registration.toString())).build());
                if (created.statusCode() == 201) {
                    registered++;
                } else if (created.statusCode() == 409) {
                    present++;
                } else {
                    throw new InfrastructureException("registering pilot " + code + " failed with "
                            + created.statusCode() + ": " + created.body());
                }
            }
            if (pilot.has("tags")) {
                setTags(pilotUrl, pilot.path("tags"));
            }
        }
        return new Outcome(registered, present, areasUpdated);
    }

    /** Brings a registered pilot's areas in line with the file (a pilot registered before it listed them). */
    private boolean updateAreas(String pilotUrl, JsonNode areas) {
        HttpResponse<String> current = send(request(pilotUrl).GET().build());
        String etag = current.headers().firstValue("ETag").orElseThrow(
                () -> new InfrastructureException("GET " + pilotUrl + " gave no ETag"));
        HttpResponse<String> updated = send(request(pilotUrl + "/areas")
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(json.createObjectNode().set("areas", areas).toString()))
                .build());
        if (updated.statusCode() != 200) {
            throw new InfrastructureException("setting the areas of " + pilotUrl + " failed with "
                    + updated.statusCode() + ": " + updated.body());
        }
        return !updated.headers().firstValue("ETag").orElse(etag).equals(etag);
    }

    /** Sets a pilot's tags as the file lists them; setting the same tags again changes nothing there. */
    private void setTags(String pilotUrl, JsonNode tags) {
        HttpResponse<String> current = send(request(pilotUrl).GET().build());
        String etag = current.headers().firstValue("ETag").orElseThrow(
                () -> new InfrastructureException("GET " + pilotUrl + " gave no ETag"));
        HttpResponse<String> updated = send(request(pilotUrl + "/tags")
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(json.createObjectNode().set("tags", tags).toString()))
                .build());
        if (updated.statusCode() != 200) {
            throw new InfrastructureException("setting the tags of " + pilotUrl + " failed with "
                    + updated.statusCode() + ": " + updated.body());
        }
    }

    private boolean exists(String url) {
        HttpResponse<String> response = send(request(url).GET().build());
        if (response.statusCode() == 200) {
            return true;
        }
        if (response.statusCode() == 404) {
            return false;
        }
        throw new InfrastructureException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new InfrastructureException(request.method() + " " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted", e);
        }
    }
}
