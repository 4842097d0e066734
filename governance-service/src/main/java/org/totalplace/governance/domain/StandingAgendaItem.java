package org.totalplace.governance.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;

/** One item of a group's standing agenda: what every generated meeting of the group starts with. */
@Entity
@Table(name = "standing_agenda_item")
public class StandingAgendaItem extends PanacheEntityBase {

    @Id
    private UUID id;

    @Column(name = "group_id")
    private UUID groupId;

    private int position;

    private String title;

    @Column(name = "minutes_allotted")
    private Integer minutesAllotted;

    protected StandingAgendaItem() {
        // for JPA
    }

    public static StandingAgendaItem of(GovernanceGroup group, int position, AgendaItemDetails details) {
        StandingAgendaItem item = new StandingAgendaItem();
        item.id = UUID.randomUUID();
        item.groupId = group.id();
        item.position = position;
        item.title = details.title();
        item.minutesAllotted = details.minutesAllotted();
        return item;
    }

    /** The group's standing agenda in order; empty when it has none. */
    public static List<StandingAgendaItem> ofGroup(UUID groupId) {
        return list("groupId", Sort.by("position"), groupId);
    }

    /** As the agenda item it becomes on a generated meeting. */
    public AgendaItemDetails details() {
        return new AgendaItemDetails(title, null, minutesAllotted);
    }

    public UUID id() {
        return id;
    }

    public UUID groupId() {
        return groupId;
    }

    public int position() {
        return position;
    }

    public String title() {
        return title;
    }

    public Integer minutesAllotted() {
        return minutesAllotted;
    }
}
