package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A public body as pilots-service announced it, with the names it bore through time and, once it was merged or
 * abolished, its successor. {@code version} is the body's version there: a register entry carrying an older version
 * never overwrites a newer one. Successions are facts of their own and always apply.
 */
@Entity
@Table(name = "known_body")
public class KnownBody extends PanacheEntityBase {

    @Id
    @Column(name = "body_id")
    private UUID bodyId;

    private String code;

    private String name;

    private String type;

    private String region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_body_name", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "position")
    private List<BodyName> names = new ArrayList<>();

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_kind")
    private String endKind;

    @Column(name = "successor_body_id")
    private UUID successorBodyId;

    @Column(name = "successor_code")
    private String successorCode;

    @Column(name = "successor_name")
    private String successorName;

    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownBody() {
        // for JPA
    }

    public static KnownBody of(UUID bodyId, String code, String name, String type, String region, long version,
                               Instant now) {
        KnownBody body = new KnownBody();
        body.bodyId = bodyId;
        body.code = code;
        body.name = name;
        body.type = type;
        body.region = region;
        body.names.add(BodyName.of(name, null, null));
        body.version = version;
        body.updatedAt = now;
        return body;
    }

    /** Takes the register entry when it is newer than what is kept; false when it was not. */
    public boolean update(String code, String name, String type, String region, long version, Instant now) {
        if (version <= this.version) {
            return false;
        }
        this.code = code;
        this.type = type;
        this.region = region;
        if (!name.equals(this.name)) {
            replaceNames(BodyNames.corrected(names, name));
            this.name = name;
        }
        this.version = version;
        this.updatedAt = now;
        return true;
    }

    /** The body bore {@code newName} from {@code effectiveOn}; the name before it ends the day before. */
    public void rename(String newName, LocalDate effectiveOn, long version, Instant now) {
        replaceNames(BodyNames.renamed(names, newName, effectiveOn));
        this.name = names.get(names.size() - 1).name();
        seen(version, now);
    }

    /** The body was merged or abolished from {@code effectiveOn}; {@code successor*} are null when none. */
    public void end(String kind, LocalDate effectiveOn, UUID successorBodyId, String successorCode,
                    String successorName, long version, Instant now) {
        this.endKind = kind;
        this.endedOn = effectiveOn;
        this.successorBodyId = successorBodyId;
        this.successorCode = successorCode;
        this.successorName = successorName;
        seen(version, now);
    }

    private void seen(long version, Instant now) {
        this.version = Math.max(this.version, version);
        this.updatedAt = now;
    }

    private void replaceNames(List<BodyName> replacement) {
        names.clear();
        names.addAll(replacement);
    }

    public static Optional<KnownBody> byCode(String code) {
        return find("lower(code) = ?1", code.strip().toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** A body whose code, or any name it ever bore, is {@code text} (ignoring case); by code first. */
    public static Optional<KnownBody> matching(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        Optional<KnownBody> byCode = find("lower(code) = ?1 order by bodyId", wanted).firstResultOptional();
        if (byCode.isPresent()) {
            return byCode;
        }
        return find("select distinct b from KnownBody b join b.names n where lower(n.name) = ?1 order by b.bodyId",
                wanted).firstResultOptional();
    }

    /** The name borne on {@code day}. */
    public String nameOn(LocalDate day) {
        return BodyNames.nameOn(names, day);
    }

    /** As far as following successors to {@code today} needs it. */
    public BodyLink link(LocalDate today) {
        boolean ended = endedOn != null && !endedOn.isAfter(today);
        return new BodyLink(bodyId, code, nameOn(today), BodyNames.renamedOnOrBefore(names, today).orElse(null),
                ended ? endedOn : null,
                ended && successorBodyId != null
                        ? new BodyLink.Successor(successorBodyId, successorCode, successorName) : null);
    }

    public UUID bodyId() {
        return bodyId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    public String region() {
        return region;
    }

    public List<BodyName> names() {
        return List.copyOf(names);
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    public String endKind() {
        return endKind;
    }

    public UUID successorBodyId() {
        return successorBodyId;
    }

    public String successorCode() {
        return successorCode;
    }

    public String successorName() {
        return successorName;
    }

    public long version() {
        return version;
    }
}
