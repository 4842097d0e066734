package org.totalplace.launcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints the bearer tokens the services verify (RS256, signed with {@link Keys}): {@code iss}, {@code sub},
 * {@code upn}, {@code groups} (one role), {@code pilots} (pilot codes), {@code region} (an English region's
 * display name), {@code iat} and {@code exp}. For local runs and tests only; in production an identity
 * provider issues them with the same claims.
 */
public final class Tokens {

    /** The issuer of local and test tokens; {@code TOTALPLACE_JWT_ISSUER} overrides it for run and services. */
    public static final String DEFAULT_ISSUER = "urn:totalplace:local";

    /** Claim names, as the services read them (their {@code domain/Caller}). */
    public static final String GROUPS = "groups";
    public static final String PILOTS = "pilots";
    public static final String REGION = "region";

    public static final String PROGRAMME_OFFICE = "programme-office";

    /** The roles a token can carry in {@code groups}; the same list as the services' {@code Caller.Role}. */
    public static final List<String> ROLES = List.of(PROGRAMME_OFFICE, "pilot-lead", "pilot-analyst", "go-officer",
            "secretariat", "minister-office", "moderator", "reader");

    /** English regions as pilots-service writes them. */
    public static final List<String> REGIONS = List.of("North East", "North West", "Yorkshire and The Humber",
            "East Midlands", "West Midlands", "East of England", "London", "South East", "South West");

    /** What a token says about its holder. {@code region} may be null; {@code pilots} may be empty. */
    public record Claims(String subject, String role, List<String> pilots, String region) {

        public Claims {
            if (subject == null || subject.isBlank()) {
                throw new IllegalArgumentException("a token needs a subject");
            }
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role '" + role + "'; roles: " + String.join(", ", ROLES));
            }
            if (region != null && !REGIONS.contains(region)) {
                throw new IllegalArgumentException("unknown region '" + region + "'; regions: " + String.join(", ", REGIONS));
            }
            pilots = List.copyOf(pilots == null ? List.of() : pilots);
        }

        public static Claims programmeOffice() {
            return new Claims("programme-office@totalplace.local", PROGRAMME_OFFICE, List.of(), null);
        }
    }

    private final Keys keys;
    private final String issuer;
    private final Clock clock;

    public Tokens(Keys keys, String issuer, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
    }

    public Tokens(Keys keys, String issuer) {
        this(keys, issuer, Clock.systemUTC());
    }

    /** The issuer the services expect: {@code TOTALPLACE_JWT_ISSUER}, else {@link #DEFAULT_ISSUER}. */
    public static String issuerFromEnvironment(Map<String, String> env) {
        String configured = env.get("TOTALPLACE_JWT_ISSUER");
        return configured == null || configured.isBlank() ? DEFAULT_ISSUER : configured.trim();
    }

    public String issuer() {
        return issuer;
    }

    /** A token valid from now for {@code lifetime}. */
    public String mint(Claims claims, Duration lifetime) {
        Instant now = clock.instant();
        return mint(claims, now, now.plus(lifetime));
    }

    /** A token with the given times (tests use this for tokens that have already expired). */
    public String mint(Claims claims, Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder builder = Jwt.issuer(issuer)
                .subject(claims.subject())
                .upn(claims.subject())
                .groups(Set.of(claims.role()))
                .claim(PILOTS, claims.pilots())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (claims.region() != null) {
            builder.claim(REGION, claims.region());
        }
        return builder.sign(keys.privateKey());
    }

    /** The token {@code ./deploy/run} and the tests load data with. */
    public String programmeOffice(Duration lifetime) {
        return mint(Claims.programmeOffice(), lifetime);
    }
}
