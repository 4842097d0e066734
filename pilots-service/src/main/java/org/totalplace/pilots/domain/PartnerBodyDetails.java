package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything about a partner body that may be revised after registration (all but its id).
 * {@code tier} only for local authorities; {@code code}, {@code region} and {@code establishedOn} (the day the body
 * came into being, which bounds its successions) are optional.
 */
public record PartnerBodyDetails(String name, PartnerBodyType type, LocalAuthorityTier tier, String code,
                                 Region region, LocalDate establishedOn) {

    public PartnerBodyDetails(String name, PartnerBodyType type, LocalAuthorityTier tier, String code, Region region) {
        this(name, type, tier, code, region, null);
    }

    public PartnerBodyDetails {
        name = PilotAliases.tidy(Objects.requireNonNull(name, "name"));
        Objects.requireNonNull(type, "type");
        code = normaliseCode(code);
    }

    /** Codes are kept in upper case, as ONS and NHS publish them; blank means none. */
    public static String normaliseCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
