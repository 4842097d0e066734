package org.totalplace.reporting.domain.library;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a library item is, and the fortnightly update's section it appears in. */
public enum LibraryKind {
    CITIZEN_STORY("Citizens' stories", "stories"),
    RESEARCH_REPORT("Research", "research"),
    NEWS_COVERAGE("In the news", "news"),
    PRACTICE_NOTE("Practice notes", "practice-notes");

    private final String section;
    private final String table;

    LibraryKind(String section, String table) {
        this.section = section;
        this.table = table;
    }

    /** The fortnightly update's section heading. */
    public String section() {
        return section;
    }

    /** The section's table name (CSV {@code ?table=}). */
    public String table() {
        return table;
    }

    public static Optional<LibraryKind> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
