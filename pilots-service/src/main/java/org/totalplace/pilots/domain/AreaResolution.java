package org.totalplace.pilots.domain;

import java.util.List;
import java.util.stream.Collectors;

/** What a spelling of an area names at a date: one area, none (with the nearest ones), or several. */
public sealed interface AreaResolution {

    /** The text as given. */
    String given();

    /** Why it does not name exactly one area, listing the candidates; empty when it does. */
    String problem();

    record Resolved(String given, Area area) implements AreaResolution {

        @Override
        public String problem() {
            return "";
        }
    }

    record Unknown(String given, String reason, List<Area> candidates) implements AreaResolution {

        public Unknown {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String problem() {
            return candidates.isEmpty() ? reason : reason + "; nearest: " + labels(candidates);
        }
    }

    record Ambiguous(String given, List<Area> candidates) implements AreaResolution {

        public Ambiguous {
            candidates = List.copyOf(candidates);
        }

        @Override
        public String problem() {
            return "'" + given + "' could be any of " + candidates.size() + " areas: " + labels(candidates)
                    + "; give the GSS code or the full name";
        }
    }

    private static String labels(List<Area> areas) {
        return areas.stream().map(Area::label).collect(Collectors.joining(", "));
    }
}
