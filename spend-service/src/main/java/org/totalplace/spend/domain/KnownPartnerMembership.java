package org.totalplace.spend.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One period of a partner body in a pilot's partnership, as pilots-service announced it (partner-body-joined, then
 * partner-body-left with the same membership id). The body's name, type and code are those the event carried.
 * {@code version} is the membership's version there; an older or equal one never overwrites a newer one.
 */
@Entity
@Table(name = "known_partner_membership")
public class KnownPartnerMembership extends PanacheEntityBase {

    @Id
    @Column(name = "membership_id")
    private UUID membershipId;

    @Column(name = "pilot_id")
    private UUID pilotId;

    @Column(name = "body_id")
    private UUID bodyId;

    @Column(name = "body_name")
    private String bodyName;

    @Column(name = "body_type")
    private String bodyType;

    @Column(name = "body_code")
    private String bodyCode;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected KnownPartnerMembership() {
        // for JPA
    }

    /** The announced period; {@code leftOn} null while the body is still a member. */
    public record Period(UUID membershipId, UUID pilotId, UUID bodyId, String bodyName, String bodyType,
                         String bodyCode, LocalDate joinedOn, LocalDate leftOn, long version) {
    }

    public static KnownPartnerMembership of(Period period, Instant now) {
        KnownPartnerMembership membership = new KnownPartnerMembership();
        membership.membershipId = period.membershipId();
        membership.pilotId = period.pilotId();
        membership.bodyId = period.bodyId();
        membership.take(period, now);
        return membership;
    }

    /** Takes the announced period when it is newer than what is kept; false when it was not. */
    public boolean update(Period period, Instant now) {
        if (period.version() <= version) {
            return false;
        }
        take(period, now);
        return true;
    }

    private void take(Period period, Instant now) {
        bodyName = period.bodyName();
        bodyType = period.bodyType();
        bodyCode = period.bodyCode();
        joinedOn = period.joinedOn();
        leftOn = period.leftOn();
        version = period.version();
        updatedAt = now;
    }

    public UUID membershipId() {
        return membershipId;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public UUID bodyId() {
        return bodyId;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }

    public LocalDate leftOn() {
        return leftOn;
    }

    public long version() {
        return version;
    }
}
