package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One period in which a partner body belonged to a pilot's partnership. Leaving closes the period;
 * rejoining opens a new one, so the history of who was in the partnership when is kept.
 */
@Entity
@Table(name = "pilot_partner_body")
public class PartnerMembership extends PanacheEntityBase {

    private static final String WITH_PILOT_AND_BODY =
            "from PartnerMembership m join fetch m.pilot p join fetch m.body b ";

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    private Pilot pilot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "body_id")
    private PartnerBody body;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PartnerMembership() {
        // for JPA
    }

    public static PartnerMembership join(Pilot pilot, PartnerBody body, LocalDate from, Instant now) {
        PartnerMembership membership = new PartnerMembership();
        membership.id = UUID.randomUUID();
        membership.pilot = pilot;
        membership.body = body;
        membership.joinedOn = from;
        membership.createdAt = now;
        membership.updatedAt = now;
        return membership;
    }

    /** Ends the period on {@code to}, the last day of membership. */
    public void leave(LocalDate to, Instant now) {
        leftOn = period().endingOn(to).to();
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Every period of one body in one pilot, earliest first. */
    public static List<PartnerMembership> periodsOf(Pilot pilot, PartnerBody body) {
        return find("pilot = ?1 and body = ?2 order by joinedOn", pilot, body).list();
    }

    /** The latest period of one body in one pilot. */
    public static Optional<PartnerMembership> latestOf(Pilot pilot, PartnerBody body) {
        return find("pilot = ?1 and body = ?2 order by joinedOn desc", pilot, body).firstResultOptional();
    }

    /** The members of a pilot on {@code day} (or in all periods when {@code day} is empty), by body name. */
    public static PanacheQuery<PartnerMembership> ofPilot(Pilot pilot, Optional<LocalDate> day) {
        return query("pilot", pilot, day, PilotScope.all(), "lower(b.name), b.id, m.joinedOn");
    }

    /**
     * The pilots inside {@code scope} a body belongs to on {@code day} (or in all periods when {@code day} is empty),
     * by pilot name.
     */
    public static PanacheQuery<PartnerMembership> ofBody(PartnerBody body, Optional<LocalDate> day, PilotScope scope) {
        return query("body", body, day, scope, "lower(p.name), p.id, m.joinedOn");
    }

    public static long countOfPilot(Pilot pilot, Optional<LocalDate> day) {
        return count("pilot", pilot, day, PilotScope.all());
    }

    public static long countOfBody(PartnerBody body, Optional<LocalDate> day, PilotScope scope) {
        return count("body", body, day, scope);
    }

    private static PanacheQuery<PartnerMembership> query(String ownerField, Object value, Optional<LocalDate> day,
                                                         PilotScope scope, String order) {
        Parameters parameters = Parameters.with("owner", value);
        String during = during(day, parameters) + inside(scope, parameters);
        return find(WITH_PILOT_AND_BODY + "where m." + ownerField + " = :owner" + during + " order by " + order,
                parameters);
    }

    private static long count(String ownerField, Object value, Optional<LocalDate> day, PilotScope scope) {
        Parameters parameters = Parameters.with("owner", value);
        return count("from PartnerMembership m where m." + ownerField + " = :owner" + during(day, parameters)
                + inside(scope, parameters), parameters);
    }

    private static String inside(PilotScope scope, Parameters parameters) {
        if (scope.everything()) {
            return "";
        }
        Map<String, Object> named = new HashMap<>();
        String condition = ScopeCondition.of(scope, "m.pilot.code", "m.pilot.region", named);
        named.forEach(parameters::and);
        return " and " + condition;
    }

    private static String during(Optional<LocalDate> day, Parameters parameters) {
        if (day.isEmpty()) {
            return "";
        }
        parameters.and("day", day.get());
        return " and m.joinedOn <= :day and (m.leftOn is null or m.leftOn >= :day)";
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public Pilot pilot() {
        return pilot;
    }

    public PartnerBody body() {
        return body;
    }

    public DateRange period() {
        return new DateRange(joinedOn, leftOn);
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
