package org.totalplace.pilots.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.CentralDepartment;

/** Passing an expression of interest to HM Treasury and/or CLG: each department once, on a day from its receipt. */
@Schema(name = "ForwardRequest")
public record ForwardRequest(
        @Schema(description = "HMT, CLG or both, each once", example = "[\"HMT\", \"CLG\"]")
        @NotEmpty @Size(max = 2)
        List<@NotNull CentralDepartment> to,

        @Schema(description = "The day it was passed on", example = "2010-07-27")
        @NotNull
        LocalDate on) {
}
