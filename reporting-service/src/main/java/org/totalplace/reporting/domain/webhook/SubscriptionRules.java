package org.totalplace.reporting.domain.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a subscription must be: a name, an absolute http or https URL with a host, one of the nine English regions
 * and at least one event type, each a type some producer publishes ({@link PublishedEventTypes}).
 */
public final class SubscriptionRules {

    public static final int MAX_URL_LENGTH = 2000;

    /** Why one field was refused. */
    public record Rejection(String field, String message) {
    }

    private SubscriptionRules() {
    }

    public static List<Rejection> check(String name, String url, String region, List<String> eventTypes) {
        List<Rejection> rejections = new ArrayList<>();
        if (name == null || name.isBlank()) {
            rejections.add(new Rejection("name", "must not be blank"));
        }
        String urlProblem = urlProblem(url);
        if (urlProblem != null) {
            rejections.add(new Rejection("url", urlProblem));
        }
        if (!EnglishRegion.isRegion(region)) {
            rejections.add(new Rejection("region", "must be one of " + String.join(", ", EnglishRegion.NAMES)));
        }
        if (eventTypes == null || eventTypes.isEmpty()) {
            rejections.add(new Rejection("eventTypes", "must name at least one event type"));
        } else {
            for (int i = 0; i < eventTypes.size(); i++) {
                if (!PublishedEventTypes.isPublished(eventTypes.get(i))) {
                    rejections.add(new Rejection("eventTypes[" + i + "]", "is not a type any producer publishes"
                            + " (e.g. totalplace.spend.pilot-totals-changed.v1; see each producer's schemas)"));
                }
            }
        }
        return rejections;
    }

    /** Null when the URL is acceptable, else why not. */
    static String urlProblem(String url) {
        if (url == null || url.isBlank()) {
            return "must not be blank";
        }
        if (url.length() > MAX_URL_LENGTH) {
            return "must be at most " + MAX_URL_LENGTH + " characters";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL: " + e.getReason();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return "must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "must name a host";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry credentials";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment";
        }
        return null;
    }
}
