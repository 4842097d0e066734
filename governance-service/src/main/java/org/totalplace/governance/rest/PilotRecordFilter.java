package org.totalplace.governance.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Optional;
import org.totalplace.governance.domain.Permission;

/**
 * Reads that depend on whose record it is: an endpoint guarded {@code READ_PROGRAMME} with a {@code record}
 * (a group and everything of it, a risk) serves programme-wide records and pilots' records alike. Once
 * {@link AccessFilter} has let the caller read programme-wide data, this asks {@link Places} where the record lies
 * and, when it is a pilot's (a pilot board's, a risk naming a pilot), also requires {@code READ_PILOT} for that
 * pilot. A programme-wide or missing record has no place and passes (the endpoint then serves it or 404s).
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class PilotRecordFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    private final Access access;
    private final Places places;

    PilotRecordFilter(Access access, Places places) {
        this.access = access;
        this.places = places;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        Guarded guarded = method == null ? null : method.getAnnotation(Guarded.class);
        if (guarded == null || guarded.value() != Permission.READ_PROGRAMME || guarded.record().isEmpty()) {
            return;
        }
        Optional.ofNullable(request.getUriInfo().getPathParameters().getFirst(guarded.record()))
                .flatMap(id -> places.record(resource.getResourceClass(), id))
                .ifPresent(place -> access.require(Permission.READ_PILOT, place));
    }
}
