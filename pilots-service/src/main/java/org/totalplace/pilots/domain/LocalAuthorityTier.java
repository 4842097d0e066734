package org.totalplace.pilots.domain;

import java.util.Optional;

/**
 * The tier of an English local authority, each with the entity prefix of its ONS GSS codes
 * ({@code E08} for metropolitan districts, so Gateshead is {@code E08000037}).
 */
public enum LocalAuthorityTier {
    COUNTY("E10"),
    DISTRICT("E07"),
    UNITARY("E06"),
    METROPOLITAN_DISTRICT("E08"),
    LONDON_BOROUGH("E09");

    private final String gssPrefix;

    LocalAuthorityTier(String gssPrefix) {
        this.gssPrefix = gssPrefix;
    }

    public String gssPrefix() {
        return gssPrefix;
    }

    /** The tier whose English GSS codes start with {@code prefix}, if any. */
    public static Optional<LocalAuthorityTier> ofGssPrefix(String prefix) {
        for (LocalAuthorityTier tier : values()) {
            if (tier.gssPrefix.equals(prefix)) {
                return Optional.of(tier);
            }
        }
        return Optional.empty();
    }
}
