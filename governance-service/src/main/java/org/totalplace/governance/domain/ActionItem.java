package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
 * An action a held meeting gave someone. While OPEN it is carried onto each next meeting of the group as
 * matters arising. Moves go through {@link ActionTransitions}.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "group_id")
    private UUID groupId;

    @Column(name = "agenda_item_id")
    private UUID agendaItemId;

    @Column(name = "decision_id")
    private UUID decisionId;

    private String description;

    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    /** What the owner or the group said when closing it; always given when dropped. */
    @Column(name = "closing_note")
    private String closingNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ActionItem() {
        // for JPA
    }

    /** A new open action; the caller has checked the meeting and what the details refer to. */
    public static ActionItem record(UUID meetingId, UUID groupId, ActionDetails details, Instant now) {
        ActionItem action = new ActionItem();
        action.id = UUID.randomUUID();
        action.meetingId = meetingId;
        action.groupId = groupId;
        action.agendaItemId = details.agendaItemId();
        action.decisionId = details.decisionId();
        action.description = details.description().strip();
        action.owner = details.owner().strip();
        action.dueDate = details.dueDate();
        action.status = ActionStatus.OPEN;
        action.createdAt = now;
        action.updatedAt = now;
        return action;
    }

    /** The caller has asked {@link ActionTransitions} first. */
    public void close(ActionMove move, String note, Instant now) {
        status = ActionTransitions.after(move);
        closingNote = note == null || note.isBlank() ? null : note.strip();
        closedAt = now;
        updatedAt = now;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** The group's open actions, oldest first. */
    public static List<ActionItem> openOf(UUID groupId) {
        return list("groupId = ?1 and status = ?2", Sort.by("createdAt").and("id"), groupId, ActionStatus.OPEN);
    }

    /** Actions of programme-wide groups and of the boards of the pilots in {@code boards}, optionally filtered. */
    public static PanacheQuery<ActionItem> listed(Optional<UUID> groupId, Optional<ActionStatus> status,
                                                  Optional<String> owner, PilotScope boards, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        PilotScopeCondition.on("board.pilotId", boards, parameters).ifPresent(inScope -> conditions.add(
                "groupId in (select board.id from GovernanceGroup board where board.pilotId is null or "
                + inScope + ")"));
        if (groupId.isPresent()) {
            conditions.add("groupId = :groupId");
            parameters = parameters.and("groupId", groupId.get());
        }
        if (status.isPresent()) {
            conditions.add("status = :status");
            parameters = parameters.and("status", status.get());
        }
        if (owner.isPresent()) {
            conditions.add("lower(owner) = :owner");
            parameters = parameters.and("owner", owner.get().strip().toLowerCase(Locale.ROOT));
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public UUID groupId() {
        return groupId;
    }

    public UUID agendaItemId() {
        return agendaItemId;
    }

    public UUID decisionId() {
        return decisionId;
    }

    public String description() {
        return description;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionStatus status() {
        return status;
    }

    public String closingNote() {
        return closingNote;
    }

    public Instant closedAt() {
        return closedAt;
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
