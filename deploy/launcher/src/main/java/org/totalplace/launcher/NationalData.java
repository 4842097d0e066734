package org.totalplace.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the national statistics spend-service counts from (ONS population, HM Treasury's CRA, DCLG's Revenue
 * Outturn) through its own
 * import API, which reads the shipped files in place. Each import replaces the figures of the one before, so a
 * second run ends in the same state.
 */
public final class NationalData {

    /** The datasets, in the order the estimates need them. */
    public static final List<String> DATASETS = List.of("population-la", "population-regions", "cra", "outturn");

    /** What one import reported. */
    public record Imported(String dataset, String file, long rowsRead, long rowsLoaded, long rowsRejected,
                           String loadedTotal) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String bearerToken;

    /** {@code bearerToken}: a token the services accept (a programme-office one, see {@link Tokens}). */
    public NationalData(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearerToken);
    }

    public List<Imported> load(String spendBaseUrl) {
        List<Imported> imported = new ArrayList<>();
        for (String dataset : DATASETS) {
            HttpRequest request = request(spendBaseUrl + "/national-data/" + dataset)
                    .timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 201) {
                throw new InfrastructureException("importing " + dataset + " into spend-service failed with "
                        + response.statusCode() + ": " + response.body());
            }
            imported.add(read(dataset, response.body()));
        }
        return imported;
    }

    private Imported read(String dataset, String body) {
        try {
            JsonNode report = json.readTree(body);
            return new Imported(dataset, report.path("file").asText(), report.path("rowsRead").asLong(),
                    report.path("rowsLoaded").asLong(), report.path("rowsRejected").asLong(),
                    report.path("loadedTotal").isNull() ? null : report.path("loadedTotal").asText());
        } catch (IOException e) {
            throw new InfrastructureException("spend-service answered the " + dataset + " import with " + body, e);
        }
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
