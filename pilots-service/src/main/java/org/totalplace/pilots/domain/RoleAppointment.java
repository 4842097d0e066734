package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A person in a role of a pilot (pilot lead, GO lead, locality manager, DG champion) for a term. */
@Entity
@Table(name = "pilot_role")
public class RoleAppointment extends PanacheEntityBase {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pilot_id")
    private Pilot pilot;

    @Enumerated(EnumType.STRING)
    private PilotRole role;

    private String person;

    private String organisation;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected RoleAppointment() {
        // for JPA
    }

    public static RoleAppointment appoint(Pilot pilot, RoleHolding holding, String organisation, Instant now) {
        RoleAppointment appointment = new RoleAppointment();
        appointment.id = UUID.randomUUID();
        appointment.pilot = pilot;
        appointment.role = holding.role();
        appointment.person = PilotAliases.tidy(holding.person());
        appointment.organisation = organisation == null || organisation.isBlank() ? null : PilotAliases.tidy(organisation);
        appointment.startsOn = holding.term().from();
        appointment.endsOn = holding.term().to();
        appointment.createdAt = now;
        appointment.updatedAt = now;
        return appointment;
    }

    /** Ends the appointment on {@code to}, the last day in the role. */
    public void end(LocalDate to, Instant now) {
        endsOn = term().endingOn(to).to();
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** Every appointment of a pilot, of every role and term. */
    public static List<RoleAppointment> allOf(Pilot pilot) {
        return find("pilot", pilot).list();
    }

    /** One appointment, only if it is of this pilot. */
    public static Optional<RoleAppointment> findOf(Pilot pilot, UUID id) {
        return find("pilot = ?1 and id = ?2", pilot, id).firstResultOptional();
    }

    /**
     * The appointments of a pilot, optionally of one role, held on {@code day} (all terms when it is
     * empty), by role, then start, then person.
     */
    public static PanacheQuery<RoleAppointment> ofPilot(Pilot pilot, Optional<PilotRole> role, Optional<LocalDate> day) {
        Parameters parameters = Parameters.with("pilot", pilot);
        return find("from RoleAppointment r where " + where(role, day, parameters)
                + " order by r.role, r.startsOn, lower(r.person), r.id", parameters);
    }

    public static long countOfPilot(Pilot pilot, Optional<PilotRole> role, Optional<LocalDate> day) {
        Parameters parameters = Parameters.with("pilot", pilot);
        return count("from RoleAppointment r where " + where(role, day, parameters), parameters);
    }

    private static String where(Optional<PilotRole> role, Optional<LocalDate> day, Parameters parameters) {
        StringBuilder where = new StringBuilder("r.pilot = :pilot");
        role.ifPresent(value -> {
            where.append(" and r.role = :role");
            parameters.and("role", value);
        });
        day.ifPresent(value -> {
            where.append(" and r.startsOn <= :day and (r.endsOn is null or r.endsOn >= :day)");
            parameters.and("day", value);
        });
        return where.toString();
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public Pilot pilot() {
        return pilot;
    }

    public PilotRole role() {
        return role;
    }

    public String person() {
        return person;
    }

    public String organisation() {
        return organisation;
    }

    public DateRange term() {
        return new DateRange(startsOn, endsOn);
    }

    public RoleHolding holding() {
        return new RoleHolding(role, person, term());
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
