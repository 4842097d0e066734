package org.totalplace.reporting.service;

import java.util.List;

/** The versions an update may change, from {@code If-Match}: some listed versions, or any ({@code *}). */
public record ExpectedVersion(boolean anyVersion, List<Long> versions) {

    public ExpectedVersion {
        versions = List.copyOf(versions);
    }

    public static ExpectedVersion any() {
        return new ExpectedVersion(true, List.of());
    }

    public static ExpectedVersion oneOf(List<Long> versions) {
        return new ExpectedVersion(false, versions);
    }

    public boolean matches(long version) {
        return anyVersion || versions.contains(version);
    }
}
