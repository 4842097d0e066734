package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A partner body as pilots-service's register last announced it (partner-body-registered/updated). {@code version}
 * is the body's version there: an event carrying an older or the same version never overwrites a newer one.
 */
@Entity
@Table(name = "known_partner_body")
public class KnownPartnerBody extends PanacheEntityBase {

    @Id
    @Column(name = "body_id")
    private UUID bodyId;

    private String name;

    private String type;

    private String code;

    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPartnerBody() {
        // for JPA
    }

    public static KnownPartnerBody of(UUID bodyId, String name, String type, String code, long version, Instant now) {
        KnownPartnerBody body = new KnownPartnerBody();
        body.bodyId = bodyId;
        body.name = name;
        body.type = type;
        body.code = code;
        body.version = version;
        body.updatedAt = now;
        return body;
    }

    /** Takes the announced entry when it is newer than what is kept; false when it was not. */
    public boolean update(String name, String type, String code, long version, Instant now) {
        if (version <= this.version) {
            return false;
        }
        this.name = name;
        this.type = type;
        this.code = code;
        this.version = version;
        this.updatedAt = now;
        return true;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    /** GSS, ODS or another published code; null when the register has none. */
    public String code() {
        return code;
    }

    public long version() {
        return version;
    }
}
