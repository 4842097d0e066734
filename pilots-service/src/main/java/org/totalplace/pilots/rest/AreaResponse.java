package org.totalplace.pilots.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.Area;

/** A local authority area as it was at the programme date. */
@Schema(name = "Area")
public record AreaResponse(
        @Schema(description = "ONS GSS code then", example = "E08000001") String gssCode,
        @Schema(description = "Register code", example = "BOL") String registerCode,
        @Schema(example = "Bolton") String name,
        @Schema(example = "Metropolitan district") String type,
        @Schema(example = "North West") String region) {

    static AreaResponse of(Area area) {
        return new AreaResponse(area.gssCode(), area.registerCode(), area.name(), area.type(), area.region());
    }
}
