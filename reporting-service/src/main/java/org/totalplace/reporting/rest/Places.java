package org.totalplace.reporting.rest;

import java.util.Optional;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.Place;

/**
 * Where the records of this service lie, for {@link AccessFilter}: each service answers from its own tables.
 * Empty when there is no such pilot or record; the endpoint then answers 404 as it would for anyone.
 */
public interface Places {

    /** The pilot a path names by id or code. */
    Optional<Place> pilot(String idOrCode);

    /** The place of the record with {@code id}, of the kind {@code resource} serves. */
    Optional<Place> record(Class<?> resource, String id);

    /** True when {@code permission} is open without a token (a read-only public mode); no permission is, by default. */
    default boolean openToAnonymous(Permission permission) {
        return false;
    }
}
