package org.totalplace.reporting.rest;

import io.quarkus.arc.Arc;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.Place;
import org.totalplace.reporting.service.ProgrammeQuery;
import org.totalplace.reporting.service.WebhookDeliveries;
import org.totalplace.reporting.service.WebhookSubscriptions;

/**
 * Places in reporting's read models: a pilot as pilots-service last announced it; a webhook subscription lies in
 * its Government Office's region, and a delivery where its subscription does. Published reports are open to
 * anyone, without a token, when {@code totalplace.reports.public} says so; the open data under {@code /open}
 * always is.
 */
@ApplicationScoped
public class ReportingPlaces implements Places {

    private final ProgrammeQuery programme;
    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final boolean reportsPublic;
    private final Instance<HttpServerRequest> request;

    ReportingPlaces(ProgrammeQuery programme, WebhookSubscriptions subscriptions, WebhookDeliveries deliveries,
                    @ConfigProperty(name = "totalplace.reports.public") boolean reportsPublic,
                    Instance<HttpServerRequest> request) {
        this.programme = programme;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.reportsPublic = reportsPublic;
        this.request = request;
    }

    @Override
    public Optional<Place> pilot(String idOrCode) {
        return programme.findPilot(idOrCode).map(pilot -> Place.pilot(pilot.code, pilot.region));
    }

    @Override
    public Optional<Place> record(Class<?> resource, String id) {
        Optional<UUID> key = uuid(id);
        if (resource == WebhookSubscriptionResource.class) {
            return key.flatMap(subscriptions::regionOf).map(Place::region);
        }
        if (resource == WebhookDeliveryResource.class) {
            return key.flatMap(deliveries::regionOf).map(Place::region);
        }
        return Optional.empty();
    }

    /**
     * Only reading: the open data (what programme decisions published, under {@code /open}) always; the published
     * reports in the read-only public mode. The HTTP permissions ({@code application.properties}) let anonymous
     * requests through to exactly those paths.
     */
    @Override
    public boolean openToAnonymous(Permission permission) {
        return openToAnonymous(permission, requestPath());
    }

    /** The rule, for the request {@code path} (null outside a request). */
    boolean openToAnonymous(Permission permission, String path) {
        if (permission != Permission.READ_REPORTS) {
            return false;
        }
        return reportsPublic || path != null && (path.equals(OPEN_DATA) || path.startsWith(OPEN_DATA + "/"));
    }

    private String requestPath() {
        if (request == null || !Arc.container().requestContext().isActive()) {
            return null;
        }
        return request.get().path();
    }

    static final String OPEN_DATA = "/open";

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
