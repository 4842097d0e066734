package org.totalplace.governance.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as their bearer token says: a subject, roles (the {@code groups} claim), the pilots they work
 * on (the {@code pilots} claim, pilot codes) and their English region (the {@code region} claim, a display name
 * such as {@code "North East"}). The same class in every service; which role may do what is decided by the
 * services' rules, not here.
 */
public record Caller(String subject, Set<Role> roles, Set<String> pilots, Optional<String> region) {

    /** The claim that carries the roles (MicroProfile JWT's groups). */
    public static final String GROUPS_CLAIM = "groups";
    /** The claim that carries the pilot codes a caller works on, e.g. {@code ["lewisham"]}. */
    public static final String PILOTS_CLAIM = "pilots";
    /** The claim that carries the caller's English region, e.g. {@code "North East"}. */
    public static final String REGION_CLAIM = "region";

    public Caller {
        roles = Set.copyOf(roles);
        pilots = Set.copyOf(pilots);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The roles a token can carry, by the name written in its {@code groups} claim. */
    public enum Role {
        PROGRAMME_OFFICE("programme-office"),
        PILOT_LEAD("pilot-lead"),
        PILOT_ANALYST("pilot-analyst"),
        GO_OFFICER("go-officer"),
        SECRETARIAT("secretariat"),
        MINISTER_OFFICE("minister-office"),
        MODERATOR("moderator"),
        READER("reader");

        private final String claimValue;

        Role(String claimValue) {
            this.claimValue = claimValue;
        }

        /** The name in the token: {@code programme-office}. */
        public String claimValue() {
            return claimValue;
        }

        /** The role a {@code groups} entry names; other groups an identity provider adds are not roles here. */
        public static Optional<Role> fromClaim(String value) {
            return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
        }

        public static List<String> claimValues() {
            return Arrays.stream(values()).map(Role::claimValue).toList();
        }
    }
}
