package org.totalplace.testkit;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The programme's role table as the issue states it, written out here as data so that the services' access tests
 * check their rules against an expectation that does not share their code. Each cell says how far a role reaches
 * for one operation: {@code all} pilots, its {@code own} pilots (the token's pilots claim), its {@code region}'s
 * pilots (the region claim), or {@code -} (not at all).
 */
public final class AccessTable {

    /** How far a role reaches for an operation. */
    public enum Reach { ALL, OWN, REGION, NONE }

    /** The roles, in the column order of {@link #TABLE}. */
    public static final List<String> ROLES = List.of("programme-office", "pilot-lead", "pilot-analyst", "go-officer",
            "secretariat", "minister-office", "moderator", "reader");

    private static final String TABLE = """
            operation           programme-office pilot-lead pilot-analyst go-officer secretariat minister-office moderator reader
            READ_PROGRAMME      all              all        all           all        all         all             all       -
            READ_PILOT          all              own        own           region     all         all             all       -
            EDIT_REGISTER       all              own        own           -          -           -               -         -
            SUBMIT_SPEND        all              own        own           -          -           -               -         -
            RAISE_BARRIER       all              own        own           -          -           -               -         -
            COMMENT             all              own        own           region     -           -               -         -
            ESCALATE_BARRIER    all              -          -             region     -           -               -         -
            GOVERN              all              -          -             -          all         -               -         -
            DECIDE_MINISTERIAL  all              -          -             -          -           all             -         -
            MODERATE            all              -          -             -          -           -               all       -
            READ_REPORTS        all              all        all           all        all         all             all       all
            SUBSCRIBE           all              -          -             region     -           -               -         -
            ADMINISTER          all              -          -             -          -           -               -         -
            """;

    private static final Map<String, Map<String, Reach>> REACH = parse();

    private AccessTable() {
    }

    public static Reach reach(String role, String operation) {
        Map<String, Reach> row = REACH.get(operation);
        if (row == null) {
            throw new IllegalArgumentException("The access table has no operation " + operation);
        }
        return row.get(role);
    }

    /**
     * Whether {@code role} may do {@code operation}; {@code inScope} says whether the request is about the pilot
     * the caller's token names (and its region) rather than one elsewhere.
     */
    public static boolean allows(String role, String operation, boolean inScope) {
        return switch (reach(role, operation)) {
            case ALL -> true;
            case OWN, REGION -> inScope;
            case NONE -> false;
        };
    }

    private static Map<String, Map<String, Reach>> parse() {
        Map<String, Map<String, Reach>> table = new HashMap<>();
        List<String> lines = TABLE.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = List.of(lines.get(0).trim().split("\\s+"));
        if (!header.subList(1, header.size()).equals(ROLES)) {
            throw new IllegalStateException("The access table's columns are not the roles " + ROLES);
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Map<String, Reach> row = new HashMap<>();
            for (int i = 1; i < cells.length; i++) {
                row.put(ROLES.get(i - 1), "-".equals(cells[i]) ? Reach.NONE : Reach.valueOf(cells[i].toUpperCase(Locale.ROOT)));
            }
            table.put(cells[0], row);
        }
        return table;
    }
}
