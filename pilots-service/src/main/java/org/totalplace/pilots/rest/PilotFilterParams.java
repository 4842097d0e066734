package org.totalplace.pilots.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.PilotFilter;
import org.totalplace.pilots.domain.PilotScope;
import org.totalplace.pilots.domain.Region;

/**
 * {@code ?theme=&councilType=&phase=&overdue=} of the pilot list. Read as text and checked here, so that
 * {@code ?phase=3} is a 400 naming {@code phase}; absent parameters filter nothing.
 */
public class PilotFilterParams {

    @QueryParam("theme")
    @Schema(description = "Only pilots whose theme contains this text, ignoring case", example = "children")
    @Size(max = 200) @Pattern(regexp = TimetableParams.NOT_BLANK, message = "must not be blank")
    String theme;

    @QueryParam("councilType")
    @Schema(description = "Only pilots with this council type, ignoring case", example = "Metropolitan")
    @Size(max = 100) @Pattern(regexp = TimetableParams.NOT_BLANK, message = "must not be blank")
    String councilType;

    @QueryParam("phase")
    @Schema(description = "Only pilots in this programme phase: 1 (the count) or 2 (service redesign)", example = "1")
    @Pattern(regexp = "[12]", message = TimetableParams.PHASE_RULE)
    String phase;

    @QueryParam("overdue")
    @Schema(description = "true: only pilots with an overdue milestone or submission today; false: only those without",
            example = "true")
    @Pattern(regexp = "true|false", message = "must be true or false")
    String overdue;

    PilotFilter filter(Region region, PilotScope scope) {
        return new PilotFilter(region, theme == null ? null : theme.strip(),
                councilType == null ? null : councilType.strip(),
                phase == null ? null : TimetableParams.phase(Integer.parseInt(phase)),
                overdue == null ? null : Boolean.valueOf(overdue), scope);
    }
}
