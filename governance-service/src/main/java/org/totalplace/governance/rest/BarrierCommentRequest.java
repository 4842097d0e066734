package org.totalplace.governance.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on a barrier ({@code POST /barriers/{id}/comments}). */
@Schema(name = "BarrierCommentRequest")
public record BarrierCommentRequest(
        @Schema(example = "The Government Office has asked the Home Office whether the grant conditions can be varied")
        @NotBlank @Size(max = 4000)
        String text) {
}
