package org.totalplace.reporting.rest;

import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional body of a rotation: how long the previous secret keeps signing (ISO-8601; PT0S retires it at once). */
@Schema(name = "SecretRotationRequest")
public record SecretRotationRequest(
        @Schema(implementation = String.class, example = "PT24H",
                description = "Grace period of the previous secret; the service's default when absent")
        Duration gracePeriod) {
}
