package org.totalplace.reporting.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Instant;
import org.totalplace.reporting.config.WebhookConfig;
import org.totalplace.reporting.domain.webhook.WebhookSignature;

/**
 * Sends one delivery: a CloudEvents structured-mode POST ({@code application/cloudevents+json}, the envelope as
 * consumed) signed after the Standard Webhooks scheme, with the configured connect and request timeouts. Redirects
 * are not followed (a 3xx is a failed attempt). Never throws; never logs the body or the keys.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String CONTENT_TYPE = "application/cloudevents+json";
    public static final String USER_AGENT = "totalplace-reporting-webhooks/1";
    private static final int MAX_ERROR_LENGTH = 500;

    private final HttpClient client;
    private final WebhookConfig config;
    private final Clock clock;

    @Inject
    public WebhookSender(WebhookConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public DeliveryStore.AttemptResult send(DeliveryStore.Claimed delivery) {
        Instant started = clock.instant();
        long startNanos = System.nanoTime();
        try {
            String id = delivery.deliveryId().toString();
            long timestamp = started.getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.requestTimeout())
                    .header("Content-Type", CONTENT_TYPE)
                    .header("User-Agent", USER_AGENT)
                    .header("webhook-id", id)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(delivery.keys(), id, timestamp,
                            delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new DeliveryStore.AttemptResult(started, millisSince(startNanos), status,
                    status >= 200 && status < 300 ? null : "receiver answered " + status);
        } catch (HttpTimeoutException e) {
            return failed(started, startNanos, "timed out: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return failed(started, startNanos, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(started, startNanos, "interrupted (shutting down)");
        }
    }

    private static DeliveryStore.AttemptResult failed(Instant started, long startNanos, String error) {
        String bounded = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        return new DeliveryStore.AttemptResult(started, millisSince(startNanos), null, bounded);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
