package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.Cadence;
import org.totalplace.governance.domain.Meeting;
import org.totalplace.governance.domain.MeetingSeries;
import org.totalplace.governance.domain.MeetingStatus;

/** A recurring series with its meetings in order (each without its agenda: read the meeting for that). */
@Schema(name = "MeetingSeries")
public record SeriesResponse(UUID id, UUID groupId, String title, Cadence cadence, LocalDate firstDate,
                             int occurrences,
                             @Schema(nullable = true, type = SchemaType.STRING, example = "14:00") LocalTime startsAt,
                             @Schema(nullable = true) String location,
                             List<Occurrence> meetings, Instant createdAt) {

    static SeriesResponse of(MeetingSeries series, List<Meeting> meetings) {
        return new SeriesResponse(series.id(), series.groupId(), series.title(), series.cadence(),
                series.firstDate(), series.occurrences(), series.startsAt(), series.location(),
                meetings.stream().map(Occurrence::of).toList(), series.createdAt());
    }

    /** One meeting of the series. */
    @Schema(name = "SeriesOccurrence")
    public record Occurrence(UUID meetingId, int occurrence, LocalDate date, MeetingStatus status) {

        static Occurrence of(Meeting meeting) {
            return new Occurrence(meeting.id(), meeting.occurrence(), meeting.date(), meeting.status());
        }
    }
}
