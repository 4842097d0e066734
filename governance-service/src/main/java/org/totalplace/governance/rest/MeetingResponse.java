package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.AgendaItem;
import org.totalplace.governance.domain.AttendanceRegister;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingStatus;
import org.totalplace.governance.domain.MinutesStatus;

/**
 * A meeting as the API shows it; {@code version} is also its ETag and moves whenever its agenda or record
 * changes. {@code agenda} is empty in lists.
 */
@Schema(name = "Meeting")
public record MeetingResponse(UUID id, UUID groupId,
                              @Schema(nullable = true) UUID seriesId,
                              @Schema(nullable = true, description = "Its place in the series, from 1") Integer occurrence,
                              String title, LocalDate date,
                              @Schema(nullable = true, type = SchemaType.STRING, example = "10:00") LocalTime startsAt,
                              @Schema(nullable = true) String location,
                              MeetingStatus status,
                              @Schema(nullable = true) String cancelledReason,
                              MinutesStatus minutesStatus,
                              // --- attendance slice ---
                              @Schema(nullable = true, description = "Whether the meeting was quorate, from its "
                                      + "attendance register; null until it is held")
                              Boolean quorate,
                              // --- end attendance slice ---
                              List<AgendaItemResponse> agenda,
                              long version, Instant createdAt, Instant updatedAt) {

    static MeetingResponse of(Meeting meeting, List<AgendaItem> agenda) {
        return new MeetingResponse(meeting.id(), meeting.groupId(), meeting.seriesId(), meeting.occurrence(),
                meeting.title(), meeting.date(), meeting.startsAt(), meeting.location(), meeting.status(),
                meeting.cancelledReason(), meeting.minutesStatus(),
                AttendanceRegister.quorateOf(meeting.id()), // attendance slice
                agenda.stream().map(AgendaItemResponse::of).toList(),
                meeting.version(), meeting.createdAt(), meeting.updatedAt());
    }
}
