package org.totalplace.reporting.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.reporting.service.WebhookSubscriptions;

/** The new secret, shown this once, and until when the previous one still signs alongside it. */
@Schema(name = "SecretRotation")
public record SecretRotationResponse(UUID subscriptionId, String secret, Instant previousSecretRetiresAt,
                                     long version) {

    static SecretRotationResponse of(WebhookSubscriptions.Rotation rotation) {
        return new SecretRotationResponse(rotation.subscription().id, rotation.secret(),
                rotation.previousRetiresAt(), rotation.subscription().version);
    }

    @Override
    public String toString() {
        return "SecretRotationResponse[" + subscriptionId + "]";
    }
}
