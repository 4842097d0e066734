package org.totalplace.spend.domain;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The COFOG functions HM Treasury's Country and Regional Analysis uses, with its names: level 1 ("10" Social
 * protection) and level 2 ("10.2" Old age; health is "7.A", "7.B", "7.C"). {@link FunctionCode} reads the form of a
 * code; this says whether the CRA has it, for the codes a moderator types.
 */
public final class CofogFunctions {

    public static final String L2_FORMAT = "must be a COFOG level 2 code such as \"10.2\" or \"7.A\"";

    private static final Map<String, String> LEVEL_1 = new TreeMap<>(Map.ofEntries(
            entry("1", "General public services"),
            entry("2", "Defence"),
            entry("3", "Public order and safety"),
            entry("4", "Economic affairs"),
            entry("5", "Environment protection"),
            entry("6", "Housing and community amenities"),
            entry("7", "Health"),
            entry("8", "Recreation, culture and religion"),
            entry("9", "Education"),
            entry("10", "Social protection")));

    private static final Map<String, String> LEVEL_2 = new TreeMap<>(Map.ofEntries(
            entry("1.1", "Executive and legislative organs, financial, fiscal & external affairs"),
            entry("1.2", "Foreign economic aid"),
            entry("1.3", "General services"),
            entry("1.5", "R&D general public services"),
            entry("1.6", "General public services n.e.c."),
            entry("1.7", "Public Sector Debt Interest"),
            entry("2.1", "Military defence"),
            entry("2.2", "Civil defence"),
            entry("2.3", "Foreign military aid"),
            entry("2.4", "R&D defence"),
            entry("2.5", "Defence n.e.c."),
            entry("3.1", "Police services"),
            entry("3.2", "Fire-protection services"),
            entry("3.3", "Law courts"),
            entry("3.4", "Prisons"),
            entry("3.5", "R&D public order and safety"),
            entry("3.6", "Public order and safety n.e.c."),
            entry("4.1", "General economic, commercial and labour affairs"),
            entry("4.2", "Agriculture, forestry, fishing and hunting"),
            entry("4.3", "Fuel and energy"),
            entry("4.4", "Mining, manufacturing and construction"),
            entry("4.5", "Transport"),
            entry("4.6", "Communication"),
            entry("4.7", "Other industries"),
            entry("4.8", "R&D economic affairs"),
            entry("4.9", "Economic affairs n.e.c."),
            entry("5.1", "Waste management"),
            entry("5.2", "Waste water management"),
            entry("5.3", "Pollution abatement"),
            entry("5.4", "Protection of biodiversity and landscape"),
            entry("5.5", "R&D environment protection"),
            entry("5.6", "Environment protection n.e.c."),
            entry("6.1", "Housing development"),
            entry("6.2", "Community development"),
            entry("6.3", "Water supply"),
            entry("6.4", "Street lighting"),
            entry("6.5", "R&D housing and community amenities"),
            entry("6.6", "Housing and community amenities n.e.c."),
            entry("7.A", "Medical services"),
            entry("7.B", "Medical research"),
            entry("7.C", "Central and other health services"),
            entry("8.1", "Recreational and sporting services"),
            entry("8.2", "Cultural services"),
            entry("8.3", "Broadcasting and publishing services"),
            entry("8.4", "Religious and other community services"),
            entry("8.5", "R&D recreation, culture and religion"),
            entry("8.6", "Recreation, culture and religion n.e.c."),
            entry("9.1", "Pre-primary and primary education"),
            entry("9.2", "Secondary education"),
            entry("9.3", "Post-secondary non-tertiary education"),
            entry("9.4", "Tertiary education"),
            entry("9.5", "Education not definable by level"),
            entry("9.6", "Subsidiary services to education"),
            entry("9.7", "R&D education"),
            entry("9.8", "Education n.e.c."),
            entry("10.1", "Sickness and disability"),
            entry("10.2", "Old age"),
            entry("10.3", "Survivors"),
            entry("10.4", "Family and children"),
            entry("10.5", "Unemployment"),
            entry("10.6", "Housing"),
            entry("10.7", "Social exclusion n.e.c."),
            entry("10.9", "Social protection n.e.c.")));

    private CofogFunctions() {
    }

    /** The level 1 code a level 2 code belongs to: "10" for "10.2". */
    public static String levelOneOf(String levelTwo) {
        if (!isLevelTwo(levelTwo)) {
            throw new InvalidValueException(L2_FORMAT);
        }
        return levelTwo.substring(0, levelTwo.indexOf('.'));
    }

    public static boolean isLevelTwo(String code) {
        return code != null && LEVEL_2.containsKey(code);
    }

    /** The CRA's name of a level 1 or level 2 code. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(LEVEL_1.containsKey(code) ? LEVEL_1.get(code) : LEVEL_2.get(code));
    }
}
