package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a scheduled meeting is called off. */
@Schema(name = "CancelMeetingRequest")
public record CancelMeetingRequest(
        @Schema(example = "Purdah: the general election has been called")
        @NotBlank @Size(max = 2000)
        String reason) {
}
