package org.totalplace.pilots.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.pilots.domain.ExpressionOfInterest;
import org.totalplace.pilots.domain.Pilot;
import org.totalplace.pilots.domain.Place;
import org.totalplace.pilots.service.PilotQueries;

/** Places in the pilot register: a pilot is its own place; an expression of interest lies in its region. */
@ApplicationScoped
public class PilotPlaces implements Places {

    private final PilotQueries pilots;

    PilotPlaces(PilotQueries pilots) {
        this.pilots = pilots;
    }

    @Override
    public Optional<Place> pilot(String idOrCode) {
        return pilots.find(idOrCode).map(PilotPlaces::of);
    }

    @Override
    public Optional<Place> record(Class<?> resource, String id) {
        if (resource == ExpressionOfInterestResource.class) {
            return uuid(id).flatMap(key -> ExpressionOfInterest.<ExpressionOfInterest>findByIdOptional(key))
                    .map(interest -> new Place(
                            Optional.ofNullable(interest.pilotId()).flatMap(p -> Pilot.<Pilot>findByIdOptional(p))
                                    .map(Pilot::code),
                            Optional.of(interest.region().displayName())));
        }
        return Optional.empty();
    }

    static Place of(Pilot pilot) {
        return Place.pilot(pilot.code(), pilot.region().displayName());
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
