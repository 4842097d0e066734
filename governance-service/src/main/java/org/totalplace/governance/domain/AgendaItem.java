package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One item of a meeting's agenda, numbered from 1 in the order it will be taken. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "meeting_id")
    private UUID meetingId;

    private int position;

    @Enumerated(EnumType.STRING)
    private AgendaItemKind kind;

    private String title;

    private String presenter;

    @Column(name = "minutes_allotted")
    private Integer minutesAllotted;

    /** The barrier a {@link AgendaItemKind#BARRIER} item is about; null for every other kind. */
    @Column(name = "barrier_id")
    private UUID barrierId;

    /** The open action a {@link AgendaItemKind#MATTERS_ARISING} item reports on; null for every other kind. */
    @Column(name = "action_id")
    private UUID actionId;

    /** The paper the item is taken with, if any (papers slice, V6); one of the meeting's own group. */
    @Column(name = "paper_id")
    private UUID paperId;

    @Column(name = "created_at")
    private Instant createdAt;

    protected AgendaItem() {
        // for JPA
    }

    /** A new item after the meeting's last one. */
    public static AgendaItem append(Meeting meeting, AgendaItemKind kind, AgendaItemDetails details, Instant now) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id();
        item.position = lastPosition(meeting.id()) + 1;
        item.kind = kind;
        item.title = details.title();
        item.presenter = details.presenter();
        item.minutesAllotted = details.minutesAllotted();
        item.createdAt = now;
        return item;
    }

    /** A barrier put on the agenda of the group that holds its tier. */
    public static AgendaItem forBarrier(Meeting meeting, Barrier barrier, Instant now) {
        AgendaItem item = append(meeting, AgendaItemKind.BARRIER,
                new AgendaItemDetails("Barrier: " + barrier.title(), null, null), now);
        item.barrierId = barrier.id();
        return item;
    }

    /** An open action from an earlier meeting, carried onto the group's next one; its owner reports on it. */
    public static AgendaItem forAction(Meeting meeting, ActionItem action, Instant now) {
        AgendaItem item = append(meeting, AgendaItemKind.MATTERS_ARISING,
                new AgendaItemDetails("Matters arising: " + action.description() + " (due " + action.dueDate() + ")",
                        action.owner(), null), now);
        item.actionId = action.id();
        return item;
    }

    // --- editing a scheduled meeting's agenda (papers slice); callers ask AgendaEdits first ----------

    public void attachPaper(UUID paper) {
        paperId = paper;
    }

    public void detachPaper() {
        paperId = null;
    }

    /** Positions are unique per meeting only at commit (a deferred constraint), so a reorder sets each in turn. */
    public void moveTo(int newPosition) {
        position = newPosition;
    }

    private static int lastPosition(UUID meetingId) {
        Integer last = getEntityManager()
                .createQuery("select max(i.position) from AgendaItem i where i.meetingId = :meeting", Integer.class)
                .setParameter("meeting", meetingId)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    // --- queries ----------------------------------------------------------------------------------

    /** The meeting's agenda in order. */
    public static List<AgendaItem> of(UUID meetingId) {
        return list("meetingId", Sort.by("position"), meetingId);
    }

    /** The barrier's items on the agendas of meetings still to be held. */
    public static List<AgendaItem> aboutBarrierBeforeTheMeeting(UUID barrierId) {
        return list("barrierId = ?1 and meetingId in (select m.id from Meeting m where m.status = ?2)",
                Sort.by("meetingId"), barrierId, MeetingStatus.SCHEDULED);
    }

    /** Whether the barrier is already on the meeting's agenda. */
    public static boolean listsBarrier(UUID meetingId, UUID barrierId) {
        return count("meetingId = ?1 and barrierId = ?2", meetingId, barrierId) > 0;
    }

    /** Whether the action is already on the meeting's agenda. */
    public static boolean listsAction(UUID meetingId, UUID actionId) {
        return count("meetingId = ?1 and actionId = ?2", meetingId, actionId) > 0;
    }

    // --- state ------------------------------------------------------------------------------------

    public UUID id() {
        return id;
    }

    public UUID meetingId() {
        return meetingId;
    }

    public int position() {
        return position;
    }

    public AgendaItemKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String presenter() {
        return presenter;
    }

    public Integer minutesAllotted() {
        return minutesAllotted;
    }

    public UUID barrierId() {
        return barrierId;
    }

    public UUID actionId() {
        return actionId;
    }

    public UUID paperId() {
        return paperId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
