package org.totalplace.pilots.service;

import java.util.Optional;
import java.util.UUID;

/** Path segments that name a thing by id or by code: a UUID in its canonical form is an id. */
final class Ids {

    private Ids() {
    }

    static Optional<UUID> asUuid(String text) {
        try {
            return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
