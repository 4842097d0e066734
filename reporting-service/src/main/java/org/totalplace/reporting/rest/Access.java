package org.totalplace.reporting.rest;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.totalplace.reporting.domain.AccessDecision;
import org.totalplace.reporting.domain.AccessRules;
import org.totalplace.reporting.domain.Caller;
import org.totalplace.reporting.domain.Permission;
import org.totalplace.reporting.domain.PilotScope;
import org.totalplace.reporting.domain.Place;

/** The caller of the request being served, as its token says, and what {@link AccessRules} allow them. */
@RequestScoped
public class Access {

    private final SecurityIdentity identity;
    private final Places places;
    private Caller caller;

    Access(SecurityIdentity identity, Places places) {
        this.identity = identity;
        this.places = places;
    }

    public Caller caller() {
        if (caller == null) {
            caller = identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    ? new Caller("anonymous", Set.of(), Set.of(), Optional.empty())
                    : fromToken(token);
        }
        return caller;
    }

    /** Refuses with 403 unless the caller may do {@code permission} about {@code place}. */
    public void require(Permission permission, Optional<Place> place) {
        if (identity.isAnonymous() && places.openToAnonymous(permission)) {
            return;
        }
        AccessDecision decision = AccessRules.decide(caller(), permission, place);
        if (!decision.allowed()) {
            throw new ForbiddenException(decision.reason());
        }
    }

    public void require(Permission permission, Place place) {
        require(permission, Optional.of(place));
    }

    /** The pilots whose rows a list of {@code permission} may show. */
    public PilotScope scope(Permission permission) {
        if (identity.isAnonymous() && places.openToAnonymous(permission)) {
            return PilotScope.all();
        }
        return AccessRules.scope(caller(), permission);
    }

    private static Caller fromToken(JsonWebToken token) {
        Set<Caller.Role> roles = new LinkedHashSet<>();
        token.getGroups().forEach(group -> Caller.Role.fromClaim(group).ifPresent(roles::add));
        return new Caller(token.getName(), roles, strings(token.getClaim(Caller.PILOTS_CLAIM)),
                strings(token.getClaim(Caller.REGION_CLAIM)).stream().findFirst());
    }

    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> values.add(value instanceof JsonString s ? s.getString() : value.toString()));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(value instanceof JsonString s ? s.getString() : value.toString()));
        } else if (claim instanceof JsonString s) {
            values.add(s.getString());
        } else if (claim != null) {
            values.add(claim.toString());
        }
        return values;
    }
}
