package org.totalplace.pilots.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totalplace.pilots.service.ExpectedVersion;
import org.totalplace.pilots.service.PreconditionRequiredException;

/** The ETag of a versioned resource is its version as a strong tag, {@code "3"}; {@code If-Match} echoes it. */
final class ETags {

    private static final Pattern STRONG_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Reads {@code If-Match}: {@code "3"}, a list {@code "3", "4"}, or {@code *}. Weak or unreadable tags
     * match nothing (If-Match compares strongly), so they end in 412.
     *
     * @throws PreconditionRequiredException when the header is absent
     */
    static ExpectedVersion ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequiredException(
                    "Send If-Match with the ETag of your last read, e.g. If-Match: \"3\", so that no change is lost");
        }
        if (header.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        List<Long> versions = new ArrayList<>();
        for (String tag : header.split(",")) {
            Matcher strong = STRONG_TAG.matcher(tag.strip());
            if (strong.matches()) {
                versions.add(Long.parseLong(strong.group(1)));
            }
        }
        return ExpectedVersion.oneOf(versions);
    }
}
