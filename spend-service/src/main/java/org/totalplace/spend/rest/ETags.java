package org.totalplace.spend.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totalplace.spend.service.PreconditionRequiredException;

/** The ETag of a versioned resource is its version as a strong tag, {@code "3"}; {@code If-Match} echoes it. */
final class ETags {

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an {@code If-Match: "3"} names. A weak or unreadable tag names no version (-1), so it ends in 412.
     *
     * @throws PreconditionRequiredException when the header is absent
     */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag of your last read, e.g. If-Match: \"3\", so that no change is lost");
        }
        Matcher strong = STRONG_TAG.matcher(header.strip());
        return strong.matches() ? Long.parseLong(strong.group(1)) : -1;
    }
}
