package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A place following the Total Place approach without pilot status ("parallel places that are developing a 'Total
 * Place' approach", seed 001). It has a pilot's register fields ({@link PilotDetails}) but is not a pilot: it lives in
 * a table of its own, so it never appears among the pilots, in the 13, or in pilot events.
 */
@Entity
@Table(name = "parallel_place")
public class ParallelPlace extends PanacheEntityBase {

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
    @CollectionTable(name = "parallel_place_alias", joinColumns = @JoinColumn(name = "parallel_place_id"))
    @Column(name = "alias")
    private Set<String> aliases = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "parallel_place_tag", joinColumns = @JoinColumn(name = "parallel_place_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ParallelPlace() {
        // for JPA
    }

    public static ParallelPlace register(PilotCode code, PilotDetails details, List<String> tags, Instant now) {
        ParallelPlace parallel = new ParallelPlace();
        parallel.id = UUID.randomUUID();
        parallel.code = code.value();
        parallel.createdAt = now;
        parallel.revise(details, tags, now);
        return parallel;
    }

    /** Replaces everything but the id and the code, which are stable; {@code tags} are already slugs. */
    public void revise(PilotDetails details, List<String> tags, Instant now) {
        name = details.name();
        region = details.region();
        place = details.place();
        councilType = details.councilType();
        theme = details.theme();
        // changed in place: a new collection instance would not count as a change of version
        aliases.retainAll(details.aliases());
        aliases.addAll(details.aliases());
        this.tags.retainAll(tags);
        this.tags.addAll(tags);
        updatedAt = now;
    }

    public PilotNames names() {
        return new PilotNames(code, name, aliases());
    }

    public TaggedPlace tagged() {
        return new TaggedPlace(PlaceKind.PARALLEL_PLACE, id, code, name, region, tags);
    }

    // --- queries ----------------------------------------------------------------------------------

    public static Optional<ParallelPlace> findByCode(String code) {
        return find("code", code.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Parallel places, optionally in one region, with some text in their theme, or with a tag; by code. */
    public static PanacheQuery<ParallelPlace> listed(Optional<Region> region, Optional<String> themeText,
                                                     Optional<String> tag) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        region.ifPresent(value -> {
            conditions.add("p.region = :region");
            parameters.and("region", value);
        });
        themeText.ifPresent(text -> {
            conditions.add("lower(p.theme) like :theme escape '\\'");
            parameters.and("theme", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        });
        tag.ifPresent(value -> {
            conditions.add(":tag member of p.tags");
            parameters.and("tag", value);
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return find("from ParallelPlace p" + where + " order by p.code", parameters);
    }

    /** Every parallel place but {@code self}: few enough to compare names with in memory. */
    public static List<ParallelPlace> allBut(UUID self) {
        return find("id <> ?1", self).list();
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
