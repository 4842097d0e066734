package org.totalplace.reporting.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totalplace.reporting.service.ExpectedVersion;
import org.totalplace.reporting.service.PreconditionRequiredException;

/** A versioned resource's ETag is its version as a strong tag, {@code "3"}; {@code If-Match} sends it back. */
final class ETags {

    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private ETags() {
    }

    static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * {@code "3"}, a list {@code "3", "4"}, or {@code *}; weak or unreadable tags match nothing (If-Match compares
     * strongly) and so end in 412.
     *
     * @throws PreconditionRequiredException when the header is missing (428)
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
            Matcher strong = STRONG.matcher(tag.strip());
            if (strong.matches()) {
                versions.add(Long.parseLong(strong.group(1)));
            }
        }
        return ExpectedVersion.oneOf(versions);
    }
}
