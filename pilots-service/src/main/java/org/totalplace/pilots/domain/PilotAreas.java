package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The constituent areas of a pilot, given as spellings (GSS codes, register codes or names) and accepted
 * only when every one names exactly one area at the date and none names an area twice. Nothing is guessed:
 * a rejected spelling comes back with its candidates.
 */
public final class PilotAreas {

    /** Why the spelling at {@code index} of the list was refused. */
    public record Rejection(int index, String given, String reason) {

        /** The request field, {@code areas[3]}. */
        public String field() {
            return "areas[" + index + "]";
        }
    }

    /** The areas, sorted by name, when every spelling was accepted; otherwise the rejections. */
    public record Outcome(List<Area> areas, List<Rejection> rejections) {

        public Outcome {
            areas = List.copyOf(areas);
            rejections = List.copyOf(rejections);
        }

        public boolean allowed() {
            return rejections.isEmpty();
        }
    }

    private PilotAreas() {
    }

    public static Outcome resolve(List<String> spellings, AreaRegister register, LocalDate asAt) {
        List<Area> areas = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Integer> firstIndexByCode = new HashMap<>();
        for (int i = 0; i < spellings.size(); i++) {
            String given = spellings.get(i);
            if (given == null || given.isBlank()) {
                rejections.add(new Rejection(i, given, "must name an area"));
                continue;
            }
            AreaResolution resolution = register.resolve(given, asAt);
            if (!(resolution instanceof AreaResolution.Resolved resolved)) {
                rejections.add(new Rejection(i, given, resolution.problem()));
                continue;
            }
            Integer earlier = firstIndexByCode.putIfAbsent(resolved.area().registerCode(), i);
            if (earlier != null) {
                rejections.add(new Rejection(i, given, "names " + resolved.area().label() + " again, as areas["
                        + earlier + "] does"));
            } else {
                areas.add(resolved.area());
            }
        }
        return new Outcome(rejections.isEmpty() ? areas.stream().sorted(Area.ORDER).toList() : List.of(), rejections);
    }
}
