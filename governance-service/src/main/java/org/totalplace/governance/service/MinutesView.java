package org.totalplace.governance.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.governance.domain.MeetingMinutes;
import org.totalplace.governance.domain.MinutesAmendment;
import org.totalplace.governance.domain.MinutesCorrection;
import org.totalplace.governance.domain.MinutesStatus;

/** A meeting's minutes with their amendments and corrections; empty {@code minutes} while the status is NONE. */
public record MinutesView(UUID meetingId, long meetingVersion, MinutesStatus status, Optional<MeetingMinutes> minutes,
                          List<MinutesAmendment> amendments, List<MinutesCorrection> corrections) {
}
