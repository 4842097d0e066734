package org.totalplace.pilots.events;

import java.util.List;
import java.util.UUID;
import org.totalplace.pilots.domain.ParallelPlace;

/**
 * The data of parallel-place-registered and parallel-place-updated: the whole register entry after the change,
 * keyed by the parallel place's id. Not a pilot event: consumers counting the 13 pilots never see one as a pilot.
 */
public record ParallelPlaceEvent(UUID parallelPlaceId, String code, String name, String region, String place,
                                 String councilType, String theme, List<String> aliases, List<String> tags,
                                 long version) {

    public static final String REGISTERED = "totalplace.pilots.parallel-place-registered.v1";
    public static final String UPDATED = "totalplace.pilots.parallel-place-updated.v1";

    public static ParallelPlaceEvent of(ParallelPlace parallel) {
        return new ParallelPlaceEvent(parallel.id(), parallel.code(), parallel.name(), parallel.region().displayName(),
                parallel.place(), parallel.councilType(), parallel.theme(), parallel.aliases(), parallel.tags(),
                parallel.version());
    }
}
