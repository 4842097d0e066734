package org.totalplace.launcher;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Real sample data for a fresh run: one month of a council's published payments ledger (as shipped in
 * {@code shared/data}, untouched), posted line by line to spend-service as bottom-up spend lines of a pilot.
 * It reconciles like any import: rows read = accepted + rejected, each rejection with its line and reason,
 * and the accepted total to the penny. The proper ledger importer belongs to spend-service; this only
 * gives the running system real money to show.
 */
public final class SampleLedger {

    public record Rejection(long line, String reason) {
    }

    public record Reconciliation(String file, long rowsRead, long accepted, List<Rejection> rejected,
                                 BigDecimal acceptedTotal, long alreadyPresent) {
        public boolean balances() {
            return rowsRead == accepted + rejected.size();
        }
    }

    /** Gateshead's files keep the column order although the header names drift (see shared/data/README.md). */
    private static final int STRATEGIC_GROUP = 0;
    private static final int SPEND_LEVEL_1 = 1;
    private static final int SPEND_LEVEL_2 = 2;
    private static final int TRANSACTION = 3;
    private static final int SEQUENCE = 4;
    private static final int PERIOD = 5;
    private static final int SUPPLIER = 6;
    private static final int AMOUNT = 7;
    private static final int IN_FLIGHT = 8;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String bearerToken;

    /** {@code bearerToken}: a token the services accept (a programme-office one, see {@link Tokens}). */
    public SampleLedger(String bearerToken) {
        this.bearerToken = bearerToken;
    }

    private HttpRequest.Builder request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + bearerToken);
    }

    /**
     * Loads {@code csv} as {@code body}'s spend in {@code pilotCode}'s count unless that pilot already has
     * spend lines for the file's financial year (then it reports how many and adds nothing).
     */
    public Reconciliation load(Path csv, String body, String pilotsUrl, String pilotCode, String spendUrl) {
        String pilotId = get(pilotsUrl + "/pilots/" + pilotCode).path("id").asText();
        List<String[]> rows = read(csv);
        String financialYear = rows.stream().map(r -> financialYear(field(r, PERIOD))).filter(y -> y != null)
                .findFirst().orElseThrow(() -> new InfrastructureException(csv + " has no row with a period"));
        long present = get(spendUrl + "/spend-lines?size=1&pilotId=" + pilotId + "&financialYear=" + financialYear)
                .path("total").asLong();
        if (present > 0) {
            return new Reconciliation(csv.getFileName().toString(), rows.size(), 0, List.of(), BigDecimal.ZERO, present);
        }

        List<Rejection> rejected = new ArrayList<>();
        List<CompletableFuture<BigDecimal>> posted = new ArrayList<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        for (int i = 0; i < rows.size(); i++) {
            long line = i + 2L;
            String[] row = rows.get(i);
            String year = financialYear(field(row, PERIOD));
            if (year == null) {
                rejected.add(new Rejection(line, "Period '" + field(row, PERIOD) + "' is not YYYYPP"));
                continue;
            }
            String amount = field(row, AMOUNT);
            Map<String, Object> request = Map.of(
                    "pilotId", pilotId, "body", body, "financialYear", year,
                    "amount", Map.of("amount", amount, "currency", "GBP"),
                    "priceBasis", Map.of("kind", "nominal"), "method", "bottom-up",
                    "description", describe(row, csv));
            inFlight.acquireUninterruptibly();
            posted.add(post(spendUrl + "/spend-lines", request).handle((response, error) -> {
                inFlight.release();
                if (error == null && response.statusCode() == 201) {
                    return new BigDecimal(amount);
                }
                synchronized (rejected) {
                    rejected.add(new Rejection(line, error != null ? "not delivered: " + error.getMessage() : reason(response)));
                }
                return null;
            }));
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        long accepted = 0;
        for (CompletableFuture<BigDecimal> result : posted) {
            BigDecimal amount = result.join();
            if (amount != null) {
                total = total.add(amount);
                accepted++;
            }
        }
        rejected.sort(Comparator.comparingLong(Rejection::line));
        return new Reconciliation(csv.getFileName().toString(), rows.size(), accepted, List.copyOf(rejected), total, 0);
    }

    /** {@code 201009}: the financial year starting April 2010, period 9 → {@code 2010-11}. */
    static String financialYear(String period) {
        if (period == null || !period.matches("\\d{6}")) {
            return null;
        }
        int start = Integer.parseInt(period.substring(0, 4));
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static String describe(String[] row, Path csv) {
        return String.join(" / ", field(row, STRATEGIC_GROUP), field(row, SPEND_LEVEL_1), field(row, SPEND_LEVEL_2))
                + ": " + field(row, SUPPLIER) + " (" + csv.getFileName() + ", TransNo " + field(row, TRANSACTION)
                + "-" + field(row, SEQUENCE) + ")";
    }

    private static String field(String[] row, int index) {
        return index < row.length ? row[index] : "";
    }

    private static List<String[]> read(Path csv) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(csv.toFile())) {
            List<String[]> all = rows.readAll();
            return all.isEmpty() ? all : all.subList(1, all.size());
        } catch (IOException e) {
            throw new InfrastructureException("cannot read the sample ledger " + csv, e);
        }
    }

    private String reason(HttpResponse<String> response) {
        try {
            JsonNode problem = json.readTree(response.body());
            return response.statusCode() + " " + problem.path("detail").asText(problem.toString());
        } catch (IOException e) {
            return response.statusCode() + " " + response.body();
        }
    }

    private JsonNode get(String url) {
        try {
            HttpResponse<String> response = http.send(request(url).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new InfrastructureException("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new InfrastructureException("GET " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted", e);
        }
    }

    private CompletableFuture<HttpResponse<String>> post(String url, Object body) {
        try {
            HttpRequest request = request(url).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
