package org.totalplace.reporting.rest;

import io.quarkus.security.ForbiddenException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import org.totalplace.reporting.domain.Place;

/**
 * Applies each endpoint's {@link Guarded} before it runs: the caller's role must allow the permission and, where the
 * path names a pilot or a record, that pilot must be in the caller's scope. Runs after matching, on the thread the
 * endpoint runs on, so {@link Places} may read the database.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    private final Access access;
    private final Places places;

    AccessFilter(Access access, Places places) {
        this.access = access;
        this.places = places;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Guarded guarded = method.getAnnotation(Guarded.class);
        if (guarded == null) {
            throw new ForbiddenException("This endpoint declares no access rule, so no one may call it");
        }
        access.require(guarded.value(), place(guarded, request));
    }

    private Optional<Place> place(Guarded guarded, ContainerRequestContext request) {
        var path = request.getUriInfo().getPathParameters();
        if (!guarded.pilot().isEmpty()) {
            return Optional.ofNullable(path.getFirst(guarded.pilot())).flatMap(places::pilot);
        }
        if (!guarded.record().isEmpty()) {
            return Optional.ofNullable(path.getFirst(guarded.record()))
                    .flatMap(id -> places.record(resource.getResourceClass(), id));
        }
        return Optional.empty();
    }
}
