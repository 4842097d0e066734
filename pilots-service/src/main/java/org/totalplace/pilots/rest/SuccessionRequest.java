package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.SuccessionKind;

/** A partner body renamed, merged into another, or abolished, with effect from a day. */
@Schema(name = "SuccessionRequest")
public record SuccessionRequest(
        @Schema(description = "RENAMED (the body goes on under a new name), MERGED (into the successor) or ABOLISHED "
                + "(its functions, if any went on, with the successor)", example = "ABOLISHED")
        @NotNull
        SuccessionKind kind,

        @Schema(description = "The first day of the new name, or the first day the body no longer existed",
                example = "2011-04-01")
        @NotNull
        LocalDate effectiveOn,

        @Schema(description = "RENAMED: the new name. MERGED: the id or code of the body merged into (required). "
                + "ABOLISHED: the id or code of the body its functions went to, when they went to one",
                nullable = true, example = "CLG")
        @Size(max = 200)
        String successor,

        @Schema(description = "Why, in words, with the source", nullable = true,
                example = "Closure of the Government Offices for the Regions, announced by the Secretary of State in July 2010")
        @Size(max = 2000)
        String reason) {
}
