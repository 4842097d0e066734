package org.totalplace.spend.rest;

import java.util.UUID;
import org.totalplace.spend.service.NotFoundException;

/** Path ids: text that is not a UUID names nothing (404), as an unknown UUID does. */
final class Ids {

    private Ids() {
    }

    static UUID parse(String text, String what) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException notAUuid) {
            // falls through to 404
        }
        throw new NotFoundException("No " + what + " has the id '" + text + "'");
    }
}
