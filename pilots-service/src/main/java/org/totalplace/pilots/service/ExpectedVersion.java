package org.totalplace.pilots.service;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The versions a client says it is changing (from {@code If-Match}): one of {@code versions}, or
 * any version at all ({@code If-Match: *}).
 */
public record ExpectedVersion(List<Long> versions, boolean anyVersion) {

    public ExpectedVersion {
        versions = List.copyOf(versions);
    }

    public static ExpectedVersion oneOf(List<Long> versions) {
        return new ExpectedVersion(versions, false);
    }

    public static ExpectedVersion any() {
        return new ExpectedVersion(List.of(), true);
    }

    /** @throws PreconditionFailedException when the stored version is not one the client expects */
    public void check(long current) {
        if (!anyVersion && !versions.contains(current)) {
            throw new PreconditionFailedException("If-Match " + describe() + " does not match the current version \""
                    + current + "\"; read the resource again and reapply the change");
        }
    }

    private String describe() {
        return versions.isEmpty() ? "(no usable entity tag)"
                : versions.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }
}
