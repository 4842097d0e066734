package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A Total Place pilot: one place (or group of places) counting all public spending in its area. */
@Entity
@Table(name = "pilot")
public class Pilot extends PanacheEntityBase {

    @Id
    private UUID id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private Region region;

    private String place;

    @Column(name = "council_type")
    private String councilType;

    private String theme;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_alias", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    /** Every name of the pilot as a {@link SpellingKey}: what lookups and the one-pilot-per-name rule compare. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pilot_name_key", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "name_key")
    private Set<String> nameKeys = new LinkedHashSet<>();

    /** The local authority areas the pilot covers, as at the programme date. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "pilot_area", joinColumns = @JoinColumn(name = "pilot_id"))
    private Set<Area> areas = new LinkedHashSet<>();

    /** What the pilot works on, as {@link PlaceTags} slugs. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "pilot_tag", joinColumns = @JoinColumn(name = "pilot_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Convert(converter = ProgrammePhaseColumn.class)
    private ProgrammePhase phase;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Pilot() {
        // for JPA
    }

    public static Pilot register(PilotCode code, PilotDetails details, Instant now) {
        Pilot pilot = new Pilot();
        pilot.id = UUID.randomUUID();
        pilot.code = code.value();
        pilot.createdAt = now;
        pilot.phase = ProgrammePhase.COUNT;
        pilot.apply(details, now);
        return pilot;
    }

    /** Replaces everything but the id and the code, which are stable. */
    public void revise(PilotDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(PilotDetails details, Instant now) {
        name = details.name();
        region = details.region();
        place = details.place();
        councilType = details.councilType();
        theme = details.theme();
        aliases.clear();
        aliases.addAll(details.aliases());
        Set<String> keys = names().keys();
        nameKeys.retainAll(keys);
        nameKeys.addAll(keys);
        updatedAt = now;
    }

    /**
     * Makes {@code areas} the pilot's areas; a changed set is a new version of the pilot.
     *
     * @return whether the set changed
     */
    public boolean replaceAreas(List<Area> replacement, Instant now) {
        Set<Area> wanted = new LinkedHashSet<>(replacement);
        if (wanted.equals(areas)) {
            return false;
        }
        // changed in place, not replaced: Hibernate counts a new collection instance as clean, so the
        // version would stay (an area's columns may be null, so Hibernate rewrites the rows by pilot id)
        areas.clear();
        areas.addAll(wanted);
        updatedAt = now;
        return true;
    }

    /**
     * Makes {@code replacement} (already slugs) the pilot's tags; a changed set is a new version of the pilot.
     *
     * @return whether the set changed
     */
    public boolean retag(List<String> replacement, Instant now) {
        Set<String> wanted = new TreeSet<>(replacement);
        if (wanted.equals(new TreeSet<>(tags))) {
            return false;
        }
        tags.retainAll(wanted);
        tags.addAll(wanted);
        updatedAt = now;
        return true;
    }

    public TaggedPlace tagged() {
        return new TaggedPlace(PlaceKind.PILOT, id, code, name, region, tags);
    }

    /** Moves the pilot to another programme phase; {@link PhaseRules} was asked first. */
    public void moveTo(ProgrammePhase next, Instant now) {
        phase = next;
        updatedAt = now;
    }

    public PilotNames names() {
        return new PilotNames(code, name, aliases());
    }

    // --- queries ----------------------------------------------------------------------------------

    public static Optional<Pilot> findByCode(String code) {
        return find("code", code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** The pilots {@code filter} lets through; "overdue" is judged on {@code today}. */
    public static PanacheQuery<Pilot> listed(PilotFilter filter, LocalDate today, Sort sort) {
        PilotFilter.Condition condition = filter.condition(today);
        return condition.hql().isEmpty() ? findAll(sort)
                : find("from Pilot p where " + condition.hql(), sort, condition.parameters());
    }

    /** Pilots other than {@code self} that already use one of these names (as {@link SpellingKey}s). */
    public static List<Pilot> usingAnyOf(Set<String> keys, UUID self) {
        return find("select distinct p from Pilot p join p.nameKeys k where p.id <> ?1 and k in ?2", self, keys).list();
    }

    /** The pilot that goes by this spelling of its code, name or an alias. */
    public static Optional<Pilot> findBySpelling(String spelling) {
        return find("select p from Pilot p join p.nameKeys k where k = ?1", SpellingKey.of(spelling))
                .firstResultOptional();
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }

    public String place() {
        return place;
    }

    public String councilType() {
        return councilType;
    }

    public String theme() {
        return theme;
    }

    public List<String> aliases() {
        return aliases.stream().sorted(PilotAliases.ORDER).toList();
    }

    public List<String> tags() {
        return List.copyOf(new TreeSet<>(tags));
    }

    public List<Area> areas() {
        return areas.stream().sorted(Area.ORDER).toList();
    }

    public ProgrammePhase phase() {
        return phase;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
