package org.totalplace.governance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingSeries;
import org.totalplace.governance.domain.MeetingStatus;

/** Reads of meetings, their agendas and series. */
@ApplicationScoped
public class MeetingQueries {

    private final GroupQueries groups;

    MeetingQueries(GroupQueries groups) {
        this.groups = groups;
    }

    public Meeting require(UUID id) {
        return Meeting.<Meeting>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No meeting has the id '" + id + "'"));
    }

    /**
     * The meeting, its row held until commit: changes to one meeting (agenda positions above all) are made one
     * at a time, and each sees the version the one before left.
     */
    public Meeting requireForChange(UUID id) {
        return Meeting.<Meeting>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("No meeting has the id '" + id + "'"));
    }

    public AgendaItem requireItem(Meeting meeting, UUID itemId) {
        return AgendaItem.<AgendaItem>findByIdOptional(itemId)
                .filter(item -> item.meetingId().equals(meeting.id()))
                .orElseThrow(() -> new NotFoundException(
                        "The meeting '" + meeting.id() + "' has no agenda item with the id '" + itemId + "'"));
    }

    public MeetingSeries requireSeries(UUID id) {
        return MeetingSeries.<MeetingSeries>findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No meeting series has the id '" + id + "'"));
    }

    public List<AgendaItem> agenda(UUID meetingId) {
        return AgendaItem.of(meetingId);
    }

    public List<Meeting> ofSeries(UUID seriesId) {
        return Meeting.ofSeries(seriesId);
    }

    /** One page of a group's meetings in calendar order. */
    public Page<Meeting> list(String groupIdOrCode, Optional<LocalDate> from, Optional<LocalDate> to,
                              Optional<MeetingStatus> status, PageRequest request) {
        var query = Meeting.ofGroup(groups.require(groupIdOrCode).id(), from, to, status);
        return new Page<>(query.page(request.page(), request.size()).list(), query.count());
    }
}
