package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The local authority register, able to say which area a spelling means at a date. An area may be
 * given by its GSS code ({@code E08000001}, current or former), its register code ({@code BOL}, in
 * capitals) or any of its names in the register's lookup ({@code Bolton}, {@code bolton metropolitan
 * borough council}), compared as {@link SpellingKey}s.
 *
 * <p>Names are read as at a date, by default the {@link #PROGRAMME_DATE}: then "Dorset" is the county
 * council (the lookup now gives the name to the 2019 unitary) and Bournemouth and Poole are the unitaries
 * with their pre-2019 GSS codes. Only authorities in force on that date are answers; a spelling that names
 * an authority of another time is unknown, with that authority's predecessors or successors of the time as
 * candidates. A spelling that names no authority itself but begins the names of several ("Newcastle",
 * "Kingston") is ambiguous; nothing is guessed.
 */
public final class AreaRegister {

    /** The Total Place programme date: the geography of the pilots is that of 1 October 2009. */
    public static final LocalDate PROGRAMME_DATE = LocalDate.of(2009, 10, 1);

    /** At most this many candidates are offered for an unknown spelling. */
    public static final int NEAREST = 5;

    private static final Pattern GSS_CODE = Pattern.compile("[ENSWK]\\d{8}");
    private static final Pattern REGISTER_CODE = Pattern.compile("[A-Z]{3,4}(-[A-Z])?");
    private static final Pattern COUNTY_SUFFIX = Pattern.compile(" county( council)?$");

    /** A spelling the register's lookup gives to an authority. */
    public record Spelling(String spelling, String registerCode) {
    }

    /** A GSS code the register's lookup gives to an authority; blank for the Northern Irish districts. */
    public record GssCode(String gssCode, String registerCode) {
    }

    private final Map<String, LocalAuthority> byCode = new LinkedHashMap<>();
    private final Map<String, String> codeByGss = new HashMap<>();
    private final Map<String, Set<String>> codesBySpellingKey = new HashMap<>();
    private final Map<String, Set<String>> spellingsByCode = new HashMap<>();
    private final Map<String, String> regionByCode = new HashMap<>();
    private final Map<String, GssCodeChange> changeByCurrentCode = new HashMap<>();

    public AreaRegister(List<LocalAuthority> authorities, List<Spelling> spellings, List<GssCode> gssCodes,
                        List<GssCodeChange> gssCodeChanges) {
        authorities.forEach(authority -> byCode.put(authority.registerCode(), authority));
        for (LocalAuthority authority : authorities) {
            addSpelling(authority.officialName(), authority.registerCode());
            addSpelling(authority.niceName(), authority.registerCode());
            if (authority.isCounty()) {
                // "Dorset County" was simply "Dorset" in 2009, before the 2019 unitary took the plain name
                addSpelling(COUNTY_SUFFIX.matcher(SpellingKey.of(authority.niceName())).replaceFirst(""),
                        authority.registerCode());
            }
            addGssCode(authority.gssCode(), authority.registerCode());
            authority.formerGssCodes().forEach(former -> addGssCode(former, authority.registerCode()));
        }
        spellings.forEach(spelling -> addSpelling(spelling.spelling(), known(spelling.registerCode(), spelling)));
        gssCodes.forEach(gss -> addGssCode(gss.gssCode(), known(gss.registerCode(), gss)));
        gssCodeChanges.forEach(change -> changeByCurrentCode.put(change.currentCode(), change));
        authorities.forEach(authority -> regionByCode.put(authority.registerCode(), deriveRegion(authority, 0)));
    }

    public AreaResolution resolve(String given) {
        return resolve(given, PROGRAMME_DATE);
    }

    public AreaResolution resolve(String given, LocalDate asAt) {
        String text = given == null ? "" : given.strip();
        Set<String> named = named(text);
        if (named.isEmpty()) {
            return unnamed(text, asAt);
        }
        List<LocalAuthority> then = withoutSucceeded(named.stream().map(byCode::get).filter(a -> a.inForceOn(asAt)).toList());
        if (then.size() == 1) {
            return new AreaResolution.Resolved(text, areaOf(then.get(0), asAt));
        }
        if (then.size() > 1) {
            return new AreaResolution.Ambiguous(text, areasOf(then, asAt));
        }
        return notInForce(text, named, asAt);
    }

    /** The authority with this register code, if the register has it. */
    public Optional<LocalAuthority> authority(String registerCode) {
        return Optional.ofNullable(byCode.get(registerCode));
    }

    /** The area of an authority as at a date (its GSS code then, its region corrected). */
    public Area areaOf(LocalAuthority authority, LocalDate asAt) {
        return new Area(gssCodeOn(authority, asAt), authority.registerCode(), authority.niceName(),
                authority.typeName(), regionByCode.get(authority.registerCode()));
    }

    public Collection<LocalAuthority> authorities() {
        return byCode.values();
    }

    // --- reading a spelling -----------------------------------------------------------------------

    /** The register codes a spelling names, whatever their dates. */
    private Set<String> named(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        if (GSS_CODE.matcher(upper).matches()) {
            return Optional.ofNullable(codeByGss.get(upper)).map(Set::of).orElse(Set.of());
        }
        if (REGISTER_CODE.matcher(text).matches() && byCode.containsKey(text)) {
            return Set.of(text);
        }
        return codesBySpellingKey.getOrDefault(SpellingKey.of(text), Set.of());
    }

    /** No authority has this spelling: it may begin several names, or be a misspelling. */
    private AreaResolution unnamed(String text, LocalDate asAt) {
        String key = SpellingKey.of(text);
        List<LocalAuthority> begun = key.isEmpty() ? List.of() : inForce(asAt).stream()
                .filter(authority -> spellingsOf(authority).stream()
                        .anyMatch(spelling -> NearestNames.beginsWithWords(SpellingKey.of(spelling), key)))
                .toList();
        if (begun.size() > 1) {
            return new AreaResolution.Ambiguous(text, areasOf(begun, asAt));
        }
        String reason = GSS_CODE.matcher(text.toUpperCase(Locale.ROOT)).matches()
                ? "no local authority has the GSS code '" + text + "'"
                : "'" + text + "' names no local authority in force on " + asAt;
        return new AreaResolution.Unknown(text, reason, nearest(text, inForce(asAt), asAt));
    }

    /** The spelling names authorities of another time: offer those that preceded or followed them then. */
    private AreaResolution notInForce(String text, Set<String> named, LocalDate asAt) {
        List<String> descriptions = new ArrayList<>();
        Set<LocalAuthority> related = new LinkedHashSet<>();
        for (String code : named) {
            LocalAuthority authority = byCode.get(code);
            descriptions.add(authority.niceName() + " (" + code + ", " + period(authority) + ")");
            related.addAll(relativesInForce(authority, asAt, new LinkedHashSet<>()));
        }
        List<LocalAuthority> ordered = new ArrayList<>(nearestFirst(text, related));
        String reason = "'" + text + "' names " + String.join(", ", descriptions) + ", not in force on " + asAt;
        return new AreaResolution.Unknown(text, reason, areasOf(ordered.stream().limit(NEAREST).toList(), asAt));
    }

    /** Predecessors (authorities it replaced) and successors in force on the date, following the chain. */
    private Set<LocalAuthority> relativesInForce(LocalAuthority authority, LocalDate asAt, Set<String> seen) {
        Set<LocalAuthority> found = new LinkedHashSet<>();
        if (!seen.add(authority.registerCode())) {
            return found;
        }
        List<LocalAuthority> relatives = new ArrayList<>();
        authority.replacedBy().stream().map(byCode::get).filter(a -> a != null).forEach(relatives::add);
        byCode.values().stream().filter(a -> a.replacedBy().contains(authority.registerCode())).forEach(relatives::add);
        for (LocalAuthority relative : relatives) {
            if (relative.inForceOn(asAt)) {
                found.add(relative);
            } else {
                found.addAll(relativesInForce(relative, asAt, seen));
            }
        }
        return found;
    }

    private List<Area> nearest(String text, Collection<LocalAuthority> among, LocalDate asAt) {
        Map<LocalAuthority, Set<String>> names = new LinkedHashMap<>();
        among.forEach(authority -> names.put(authority, spellingsOf(authority)));
        return areasOf(NearestNames.rank(text, names, NEAREST), asAt);
    }

    private List<LocalAuthority> nearestFirst(String text, Collection<LocalAuthority> among) {
        Map<LocalAuthority, Set<String>> names = new LinkedHashMap<>();
        among.forEach(authority -> names.put(authority, spellingsOf(authority)));
        Set<LocalAuthority> ordered = new LinkedHashSet<>(NearestNames.rank(text, names, among.size()));
        ordered.addAll(among);
        return List.copyOf(ordered);
    }

    /** On the day both an authority and its successor claim (see {@link LocalAuthority#inForceOn}), the successor. */
    private static List<LocalAuthority> withoutSucceeded(List<LocalAuthority> authorities) {
        return authorities.stream()
                .filter(one -> authorities.stream().noneMatch(other -> one.replacedBy().contains(other.registerCode())))
                .toList();
    }

    private List<LocalAuthority> inForce(LocalDate asAt) {
        return byCode.values().stream().filter(authority -> authority.inForceOn(asAt)).toList();
    }

    private List<Area> areasOf(List<LocalAuthority> authorities, LocalDate asAt) {
        return authorities.stream().map(authority -> areaOf(authority, asAt)).sorted(Area.ORDER).toList();
    }

    private Set<String> spellingsOf(LocalAuthority authority) {
        return spellingsByCode.getOrDefault(authority.registerCode(), Set.of());
    }

    private static String period(LocalAuthority authority) {
        if (authority.end() != null) {
            return (authority.start() != null ? authority.start() : "") + " to " + authority.end();
        }
        return authority.start() != null ? "from " + authority.start() : "in force";
    }

    // --- facts derived from the files ------------------------------------------------------------

    /** The GSS code it had on the date: a former code when a dated change made the current one later. */
    private String gssCodeOn(LocalAuthority authority, LocalDate asAt) {
        GssCodeChange change = authority.gssCode() == null ? null : changeByCurrentCode.get(authority.gssCode());
        return change != null && asAt.isBefore(change.operativeFrom()) ? change.formerCode() : authority.gssCode();
    }

    /**
     * The region, not trusting the file where it is known to err: a county takes the one region all its
     * districts share (the file puts Derbyshire in the West Midlands and Lincolnshire in Yorkshire, their
     * districts in the East Midlands); an authority with a blank region (15 abolished ones, e.g.
     * Bournemouth) takes its county's, else its successor's.
     */
    private String deriveRegion(LocalAuthority authority, int depth) {
        if (authority.isCounty()) {
            Set<String> districtRegions = new LinkedHashSet<>();
            byCode.values().stream().filter(a -> authority.registerCode().equals(a.county()) && a.region() != null)
                    .forEach(a -> districtRegions.add(a.region()));
            if (districtRegions.size() == 1) {
                return districtRegions.iterator().next();
            }
        }
        if (authority.region() != null || depth > byCode.size()) {
            return authority.region();
        }
        if (authority.county() != null && byCode.containsKey(authority.county())) {
            String region = deriveRegion(byCode.get(authority.county()), depth + 1);
            if (region != null) {
                return region;
            }
        }
        for (String successor : authority.replacedBy()) {
            if (byCode.containsKey(successor)) {
                String region = deriveRegion(byCode.get(successor), depth + 1);
                if (region != null) {
                    return region;
                }
            }
        }
        return null;
    }

    private void addSpelling(String spelling, String registerCode) {
        String key = SpellingKey.of(spelling);
        if (!key.isEmpty()) {
            codesBySpellingKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(registerCode);
            spellingsByCode.computeIfAbsent(registerCode, k -> new LinkedHashSet<>()).add(spelling.strip());
        }
    }

    private void addGssCode(String gssCode, String registerCode) {
        if (gssCode != null && !gssCode.isBlank()) {
            codeByGss.putIfAbsent(gssCode.strip().toUpperCase(Locale.ROOT), registerCode);
        }
    }

    private String known(String registerCode, Object row) {
        if (!byCode.containsKey(registerCode)) {
            throw new IllegalArgumentException(row + " refers to register code '" + registerCode
                    + "', which the register does not have");
        }
        return registerCode;
    }
}
