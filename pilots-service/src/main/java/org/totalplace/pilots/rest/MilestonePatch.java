package org.totalplace.pilots.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.MilestoneStatus;
import org.totalplace.pilots.service.MilestoneChange;

/**
 * A change to a milestone (JSON merge patch): a new title or due date, or its outcome,
 * {@code {"status":"MET","metOn":"2009-09-01"}} or {@code {"status":"MISSED"}}. Absent fields stay as they are.
 */
@Schema(name = "MilestonePatch")
public record MilestonePatch(
        @Schema(example = "Count agreed by the leaders of every public body")
        @Size(max = 200) @Pattern(regexp = TimetableParams.NOT_BLANK, message = "must not be blank")
        String title,

        @Schema(example = "2009-10-01")
        LocalDate dueDate,

        @Schema(description = "PLANNED until MET or MISSED; MET and MISSED are final", example = "MET")
        MilestoneStatus status,

        @Schema(description = "When the milestone was met; only with status MET, and not after today", example = "2009-09-01")
        LocalDate metOn) {

    MilestoneChange change() {
        return new MilestoneChange(title, dueDate, status, metOn);
    }
}
