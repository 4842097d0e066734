package org.totalplace.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.totalplace.pilots.domain.NearestNames;
import org.totalplace.pilots.domain.Pilot;

/** Finds a pilot by any spelling of its code, name or aliases ("Luton/ Central Beds", "manchester and warrington"). */
@ApplicationScoped
public class PilotLookup {

    private static final int NEAREST = 5;

    /** @throws NotFoundException naming the nearest pilots, if any are near */
    public Pilot require(String spelling) {
        return Pilot.findBySpelling(spelling).orElseThrow(() -> new NotFoundException(notFound(spelling)));
    }

    private static String notFound(String spelling) {
        Map<Pilot, List<String>> names = new LinkedHashMap<>();
        Pilot.<Pilot>listAll().forEach(pilot ->
                names.put(pilot, Stream.concat(Stream.of(pilot.code(), pilot.name()), pilot.aliases().stream()).toList()));
        List<Pilot> nearest = NearestNames.rank(spelling, names, NEAREST);
        String detail = "No pilot goes by '" + spelling + "' (code, name or alias)";
        return nearest.isEmpty() ? detail : detail + "; nearest: "
                + nearest.stream().map(pilot -> pilot.name() + " (" + pilot.code() + ")").collect(Collectors.joining(", "));
    }
}
