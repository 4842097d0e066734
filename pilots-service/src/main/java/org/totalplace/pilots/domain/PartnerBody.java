package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A public body in the partnership of one or more pilots: a council, a primary care trust, a police
 * authority, a Government Office, ... Registered once, it can then join any number of pilots.
 */
@Entity
@Table(name = "partner_body")
public class PartnerBody extends PanacheEntityBase {

    @Id
    private UUID id;

    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerBodyType type;

    @Enumerated(EnumType.STRING)
    private LocalAuthorityTier tier;

    private String code;

    @Enumerated(EnumType.STRING)
    private Region region;

    @Column(name = "established_on")
    private LocalDate establishedOn;

    /** The first day the body no longer existed (merged or abolished); null while it exists. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PartnerBody() {
        // for JPA
    }

    public static PartnerBody register(PartnerBodyDetails details, Instant now) {
        PartnerBody body = new PartnerBody();
        body.id = UUID.randomUUID();
        body.createdAt = now;
        body.apply(details, now);
        return body;
    }

    /** Replaces everything but the id. */
    public void revise(PartnerBodyDetails details, Instant now) {
        apply(details, now);
    }

    private void apply(PartnerBodyDetails details, Instant now) {
        name = details.name();
        type = details.type();
        tier = details.tier();
        code = details.code();
        region = details.region();
        establishedOn = details.establishedOn();
        updatedAt = now;
    }

    /** The body bears {@code newName} from now on; the former name is kept by its {@link PartnerBodySuccession}. */
    public void rename(String newName, Instant now) {
        name = PilotAliases.tidy(newName);
        updatedAt = now;
    }

    /** The body no longer exists from {@code day} (merged or abolished); {@link SuccessionRules} were asked first. */
    public void end(LocalDate day, Instant now) {
        endedOn = day;
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** By code, in any case: {@code e08000037} finds {@code E08000037}. */
    public static Optional<PartnerBody> findByCode(String code) {
        String normal = PartnerBodyDetails.normaliseCode(code);
        return normal == null ? Optional.empty() : find("code", normal).firstResultOptional();
    }

    /**
     * Bodies, optionally of one type and with {@code nameText} anywhere in their name (ignoring case),
     * in the order of {@code sortField} (name ignoring case, type or code), ties by name and id.
     */
    public static PanacheQuery<PartnerBody> listed(Optional<PartnerBodyType> type, Optional<String> nameText,
                                                   String sortField, boolean descending) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        type.ifPresent(value -> {
            conditions.add("type = :type");
            parameters.and("type", value);
        });
        nameText.map(PilotAliases::key).filter(text -> !text.isEmpty()).ifPresent(text -> {
            conditions.add("lower(name) like :text escape '\\'");
            parameters.and("text", "%" + escapeLike(text) + "%");
        });
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        String field = switch (sortField) {
            case "name" -> "lower(name)";
            case "type", "code" -> sortField;
            default -> throw new IllegalArgumentException("partner bodies are not sorted by " + sortField);
        };
        String order = " order by " + field + (descending ? " desc nulls last" : " asc nulls last") + ", lower(name), id";
        return find("from PartnerBody" + where + order, parameters);
    }

    private static String escapeLike(String text) {
        return text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public PartnerBodyType type() {
        return type;
    }

    public LocalAuthorityTier tier() {
        return tier;
    }

    public String code() {
        return code;
    }

    public Region region() {
        return region;
    }

    public LocalDate establishedOn() {
        return establishedOn;
    }

    public LocalDate endedOn() {
        return endedOn;
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
