package org.totalplace.pilots.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A dated step a pilot plans to reach in one of the programme's phases; see {@link MilestoneTransitions}. */
@Entity
@Table(name = "milestone")
public class Milestone extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "pilot_id")
    private UUID pilotId;

    private String title;

    @Convert(converter = ProgrammePhaseColumn.class)
    private ProgrammePhase phase;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status;

    @Column(name = "met_on")
    private LocalDate metOn;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Milestone() {
        // for JPA
    }

    public static Milestone plan(UUID pilotId, String title, ProgrammePhase phase, LocalDate dueDate, Instant now) {
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.pilotId = pilotId;
        milestone.title = PilotAliases.tidy(title);
        milestone.phase = phase;
        milestone.dueDate = dueDate;
        milestone.status = MilestoneStatus.PLANNED;
        milestone.createdAt = now;
        milestone.updatedAt = now;
        return milestone;
    }

    /** A new title or due date; {@code null} keeps the current one. The rules were asked first. */
    public void revise(String newTitle, LocalDate newDueDate, Instant now) {
        if (newTitle != null) {
            title = PilotAliases.tidy(newTitle);
        }
        if (newDueDate != null) {
            dueDate = newDueDate;
        }
        updatedAt = now;
    }

    /** Records the outcome ({@code metOn} only for MET). The rules were asked first. */
    public void record(MilestoneStatus outcome, LocalDate date, Instant now) {
        status = outcome;
        metOn = date;
        updatedAt = now;
    }

    public boolean overdueOn(LocalDate today) {
        return Overdue.milestone(status, dueDate, today);
    }

    // --- queries ----------------------------------------------------------------------------------

    public static PanacheQuery<Milestone> ofPilot(UUID pilotId, Sort sort) {
        return find("pilotId", sort, pilotId);
    }

    public static Optional<Milestone> findOfPilot(UUID pilotId, UUID milestoneId) {
        return find("id = ?1 and pilotId = ?2", milestoneId, pilotId).firstResultOptional();
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID pilotId() {
        return pilotId;
    }

    public String title() {
        return title;
    }

    public ProgrammePhase phase() {
        return phase;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public MilestoneStatus status() {
        return status;
    }

    public LocalDate metOn() {
        return metOn;
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
