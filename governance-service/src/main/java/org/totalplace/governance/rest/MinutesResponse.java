package org.totalplace.governance.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.MinutesAmendment;
import org.totalplace.governance.domain.MinutesCorrection;
import org.totalplace.governance.domain.MinutesStatus;
import org.totalplace.governance.service.MinutesView;

/**
 * A meeting's minutes: NONE (no text yet), DRAFT, CIRCULATED or APPROVED, with the amendments made before approval
 * and the corrections recorded after it. {@code version} is the meeting's, also its ETag.
 */
@Schema(name = "Minutes")
public record MinutesResponse(UUID meetingId, MinutesStatus status,
                              @Schema(nullable = true) String text,
                              @Schema(nullable = true) Instant circulatedAt,
                              @Schema(nullable = true) Approval approvedAt,
                              List<Amendment> amendments,
                              List<Correction> corrections,
                              long version) {

    @Schema(name = "MinutesApproval", description = "The later meeting of the group at which the minutes were approved")
    public record Approval(UUID meetingId, LocalDate date, Instant recordedAt) {
    }

    @Schema(name = "MinutesAmendment")
    public record Amendment(UUID id, int number, String amendment,
                            @Schema(description = "The minutes' text before this amendment") String previousText,
                            Instant recordedAt) {
    }

    @Schema(name = "MinutesCorrection", description = "A correction to the approved minutes, read beside them")
    public record Correction(UUID id, int number, String text, String reason, Instant recordedAt) {
    }

    static MinutesResponse of(MinutesView view) {
        MeetingMinutes minutes = view.minutes().orElse(null);
        Approval approval = minutes == null ? null : minutes.approval()
                .map(a -> new Approval(a.meetingId(), a.date(), minutes.approvedAt()))
                .orElse(null);
        return new MinutesResponse(view.meetingId(), view.status(),
                minutes == null ? null : minutes.text(),
                minutes == null ? null : minutes.circulatedAt(),
                approval,
                view.amendments().stream().map(MinutesResponse::amendment).toList(),
                view.corrections().stream().map(MinutesResponse::correction).toList(),
                view.meetingVersion());
    }

    private static Amendment amendment(MinutesAmendment a) {
        return new Amendment(a.id(), a.number(), a.amendment(), a.previousText(), a.recordedAt());
    }

    private static Correction correction(MinutesCorrection c) {
        return new Correction(c.id(), c.number(), c.text(), c.reason(), c.recordedAt());
    }
}
