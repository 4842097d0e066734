package org.totalplace.pilots.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a partner body's type asks of its other fields. Pure: no I/O, no framework.
 *
 * <p>Only a local authority sits in a tier of local government, and every local authority does. A code
 * is optional, but where the type has a published scheme the code must follow it: a local authority's
 * is its ONS GSS code ({@code E08000037}), whose entity prefix also says the tier in England; a primary
 * care trust's is its three-character NHS ODS code ({@code 5LG}).
 */
public final class PartnerBodyRules {

    public static final String TIER = "tier";
    public static final String CODE = "code";

    private static final Pattern GSS = Pattern.compile("^[EWSN]\\d{8}$");
    private static final Pattern PCT_ODS = Pattern.compile("^[0-9A-Z]{3}$");

    private PartnerBodyRules() {
    }

    /** Every rule the details break, each naming its field; empty when all hold. */
    public static List<RuleDecision> check(PartnerBodyDetails details) {
        List<RuleDecision> rejections = new ArrayList<>();
        RuleDecision tier = checkTier(details.type(), details.tier());
        if (tier.rejected()) {
            rejections.add(tier);
        }
        RuleDecision code = checkCode(details.type(), details.tier(), details.code());
        if (code.rejected()) {
            rejections.add(code);
        }
        return rejections;
    }

    /** A tier is required for a local authority and forbidden for every other type. */
    public static RuleDecision checkTier(PartnerBodyType type, LocalAuthorityTier tier) {
        if (type.hasTier() && tier == null) {
            return RuleDecision.reject(TIER, "a LOCAL_AUTHORITY must give its tier: one of COUNTY, DISTRICT, "
                    + "UNITARY, METROPOLITAN_DISTRICT, LONDON_BOROUGH");
        }
        if (!type.hasTier() && tier != null) {
            return RuleDecision.reject(TIER, "only a LOCAL_AUTHORITY has a tier; a " + type + " must not give one");
        }
        return RuleDecision.allow();
    }

    /** A code (already normalised, null when none) fits the scheme of the body's type. */
    public static RuleDecision checkCode(PartnerBodyType type, LocalAuthorityTier tier, String code) {
        if (code == null) {
            return RuleDecision.allow();
        }
        return switch (type) {
            case LOCAL_AUTHORITY -> checkGss(tier, code);
            case PRIMARY_CARE_TRUST -> PCT_ODS.matcher(code).matches() ? RuleDecision.allow()
                    : RuleDecision.reject(CODE, "'" + code + "' is not an NHS ODS code of a primary care trust: "
                            + "three letters or digits, e.g. 5LG");
            default -> RuleDecision.allow();
        };
    }

    private static RuleDecision checkGss(LocalAuthorityTier tier, String code) {
        if (!GSS.matcher(code).matches()) {
            return RuleDecision.reject(CODE, "'" + code + "' is not an ONS GSS code: E, W, S or N followed by "
                    + "eight digits, e.g. E08000037");
        }
        if (tier == null || !code.startsWith("E")) {
            return RuleDecision.allow();
        }
        String prefix = code.substring(0, 3);
        return LocalAuthorityTier.ofGssPrefix(prefix)
                .map(tierOfCode -> tierOfCode == tier ? RuleDecision.allow()
                        : RuleDecision.reject(CODE, "'" + code + "' is the code of a " + tierOfCode
                                + " (prefix " + prefix + "), but the tier given is " + tier + " (prefix "
                                + tier.gssPrefix() + ")"))
                .orElseGet(() -> RuleDecision.reject(CODE, "'" + code + "' is not the code of an English local "
                        + "authority: English council codes start E06, E07, E08, E09 or E10"));
    }
}
