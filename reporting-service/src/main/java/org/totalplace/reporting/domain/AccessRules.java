package org.totalplace.reporting.domain;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.totalplace.reporting.domain.Caller.Role;

/**
 * Who may do what, for which pilots: the programme's role table, the same in every service.
 *
 * <ul>
 * <li>programme office: everything, every pilot;</li>
 * <li>pilot lead, pilot analyst: read programme-wide data; read, edit the register of, submit the spend of, raise
 * barriers for and comment on their own pilots (the token's {@code pilots} claim);</li>
 * <li>Government Office officer: read programme-wide data; read, comment on and escalate barriers of the pilots in
 * their region (the {@code region} claim), and keep their region's webhook subscriptions;</li>
 * <li>officials' group secretariat: read everything; govern (meetings, papers, attendance, minutes, decisions);</li>
 * <li>minister's office: read everything; decide at ministerial tier;</li>
 * <li>moderator: read everything; moderate spend;</li>
 * <li>reader: published reports only.</li>
 * </ul>
 * A caller with several roles may do what any of them allows.
 */
public final class AccessRules {

    private static final Set<Permission> PILOT_STAFF = EnumSet.of(Permission.READ_PILOT, Permission.EDIT_REGISTER,
            Permission.SUBMIT_SPEND, Permission.RAISE_BARRIER, Permission.COMMENT);
    private static final Set<Permission> GOVERNMENT_OFFICE = EnumSet.of(Permission.READ_PILOT, Permission.COMMENT,
            Permission.ESCALATE_BARRIER, Permission.SUBSCRIBE);
    private static final Set<Permission> READ_EVERYTHING = EnumSet.of(Permission.READ_PROGRAMME, Permission.READ_PILOT,
            Permission.READ_REPORTS);

    private AccessRules() {
    }

    /** Whether {@code caller} may do {@code permission} about {@code place} (empty: no one place, e.g. a list). */
    public static AccessDecision decide(Caller caller, Permission permission, Optional<Place> place) {
        PilotScope scope = scope(caller, permission);
        if (scope.nothing()) {
            return AccessDecision.refuse(noScope(caller, permission));
        }
        if (!permission.aboutAPlace() || place.isEmpty() || scope.includes(place.get())) {
            return AccessDecision.allow();
        }
        return AccessDecision.refuse("This token may " + words(permission) + " only for " + describe(scope)
                + "; the request is about " + place.get());
    }

    /** The pilots {@code caller} may do {@code permission} for; a list shows only rows inside it. */
    public static PilotScope scope(Caller caller, Permission permission) {
        return caller.roles().stream().map(role -> scope(role, caller, permission))
                .reduce(PilotScope.none(), PilotScope::and);
    }

    private static PilotScope scope(Role role, Caller caller, Permission permission) {
        return switch (role) {
            case PROGRAMME_OFFICE -> PilotScope.all();
            case PILOT_LEAD, PILOT_ANALYST -> PILOT_STAFF.contains(permission)
                    ? new PilotScope(false, caller.pilots(), Optional.empty())
                    : everywhereIf(permission == Permission.READ_PROGRAMME || permission == Permission.READ_REPORTS);
            case GO_OFFICER -> GOVERNMENT_OFFICE.contains(permission)
                    ? new PilotScope(false, Set.of(), caller.region())
                    : everywhereIf(permission == Permission.READ_PROGRAMME || permission == Permission.READ_REPORTS);
            case SECRETARIAT -> everywhereIf(READ_EVERYTHING.contains(permission) || permission == Permission.GOVERN);
            case MINISTER_OFFICE -> everywhereIf(READ_EVERYTHING.contains(permission)
                    || permission == Permission.DECIDE_MINISTERIAL);
            case MODERATOR -> everywhereIf(READ_EVERYTHING.contains(permission) || permission == Permission.MODERATE);
            case READER -> everywhereIf(permission == Permission.READ_REPORTS);
        };
    }

    private static PilotScope everywhereIf(boolean allowed) {
        return allowed ? PilotScope.all() : PilotScope.none();
    }

    private static String noScope(Caller caller, Permission permission) {
        if (caller.roles().isEmpty()) {
            return "This token carries no role of the programme (groups claim: one of " + Role.claimValues() + ")";
        }
        String roles = caller.roles().stream().sorted(Comparator.naturalOrder()).map(Role::claimValue)
                .collect(Collectors.joining(", "));
        String because = "";
        if (permission.aboutAPlace() && (caller.hasRole(Role.PILOT_LEAD) || caller.hasRole(Role.PILOT_ANALYST))
                && caller.pilots().isEmpty() && PILOT_STAFF.contains(permission)) {
            because = " (the token's pilots claim names no pilot)";
        } else if (permission.aboutAPlace() && caller.hasRole(Role.GO_OFFICER) && caller.region().isEmpty()
                && GOVERNMENT_OFFICE.contains(permission)) {
            because = " (the token's region claim is missing)";
        }
        return "Role " + roles + " may not " + words(permission) + because;
    }

    private static String describe(PilotScope scope) {
        String pilots = scope.codes().isEmpty() ? "" : "pilots " + scope.codes().stream().sorted().toList();
        String region = scope.region().map(r -> "region " + r).orElse("");
        return pilots.isEmpty() ? region : region.isEmpty() ? pilots : pilots + " and " + region;
    }

    /** {@code EDIT_REGISTER} → "edit register". */
    public static String words(Permission permission) {
        return permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
