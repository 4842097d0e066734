package org.totalplace.governance.service;

import java.util.Optional;
import java.util.UUID;

/** Path ids that are not UUIDs name nothing (404), rather than failing the conversion. */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> asUuid(String text) {
        try {
            return text != null && text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
