package org.totalplace.governance.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may sit on a governance group, and when. Pure: no I/O, no framework.
 *
 * <p>A membership is held by a person or by a post, never both: the ministerial group's members were
 * mostly posts (whoever was Chief Secretary to the Treasury), the LGA seat named councillors. A group has
 * one chair at a time. An alternate stands in for one member or chair of the same group, and only while
 * that membership lasts.
 */
public final class MembershipRules {

    public static final String PERSON = "person";
    public static final String ROLE = "role";
    public static final String ALTERNATE_FOR = "alternateFor";
    public static final String FROM = "from";
    public static final String TO = "to";

    private MembershipRules() {
    }

    /**
     * What the rules need to know of a membership already on the group.
     *
     * @param holder the person or post holding it
     */
    public record Held(UUID id, String holder, MembershipRole role, Tenure tenure) {
    }

    /** Is the membership held by exactly one person or post? */
    public static RuleDecision checkHolder(MembershipTerms terms) {
        if (terms.person() == null && terms.post() == null) {
            return RuleDecision.reject(PERSON, "a membership is held by a person or a post: give one of person or post");
        }
        if (terms.person() != null && terms.post() != null) {
            return RuleDecision.reject(PERSON, "give a person or a post, not both; a post is held by whoever is in it");
        }
        return RuleDecision.allow();
    }

    /** Is {@code to} a possible last day of a membership starting {@code from}? */
    public static RuleDecision checkEnd(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            return RuleDecision.reject(TO, "must be on or after from (" + from + ")");
        }
        return RuleDecision.allow();
    }

    /** Does the alternate name a member or chair whose membership covers the alternate's whole period? */
    public static RuleDecision checkAlternate(MembershipTerms terms, Optional<Held> standingInFor) {
        if (terms.role() != MembershipRole.ALTERNATE) {
            return terms.alternateFor() == null ? RuleDecision.allow()
                    : RuleDecision.reject(ALTERNATE_FOR, "only an ALTERNATE stands in for someone; a "
                            + terms.role() + " must not name alternateFor");
        }
        if (terms.alternateFor() == null) {
            return RuleDecision.reject(ALTERNATE_FOR, "an ALTERNATE must name the membership it stands in for");
        }
        if (standingInFor.isEmpty()) {
            return RuleDecision.reject(ALTERNATE_FOR,
                    "names no membership of this group (" + terms.alternateFor() + ")");
        }
        Held principal = standingInFor.get();
        if (!principal.role().mayHaveAlternate()) {
            return RuleDecision.reject(ALTERNATE_FOR, "names " + principal.holder() + ", a " + principal.role()
                    + "; an alternate stands in for a MEMBER or the CHAIR");
        }
        Tenure proposed = new Tenure(terms.from(), terms.to());
        if (!principal.tenure().covers(proposed)) {
            return RuleDecision.reject(ALTERNATE_FOR, "names " + principal.holder() + ", whose membership runs "
                    + principal.tenure().describe() + " and does not cover the alternate's, " + proposed.describe());
        }
        return RuleDecision.allow();
    }

    /** Would a new chair overlap a chair the group already has? (A clash with what is stored: 409.) */
    public static RuleDecision checkOneChair(MembershipTerms terms, List<Held> onTheGroup) {
        if (terms.role() != MembershipRole.CHAIR) {
            return RuleDecision.allow();
        }
        Tenure proposed = new Tenure(terms.from(), terms.to());
        return onTheGroup.stream()
                .filter(held -> held.role() == MembershipRole.CHAIR && held.tenure().overlaps(proposed))
                .findFirst()
                .map(chair -> RuleDecision.reject(ROLE, "the group already has a chair then: " + chair.holder()
                        + ", " + chair.tenure().describe() + "; end that membership first"))
                .orElse(RuleDecision.allow());
    }

    /**
     * May a membership end on {@code to} while these alternates stand in for it? Not while one of them would
     * outlast it (a clash with what is stored: 409); its alternates end first.
     */
    public static RuleDecision checkEndWithAlternates(LocalDate to, List<Held> itsAlternates) {
        return itsAlternates.stream()
                .filter(alternate -> alternate.tenure().to() == null || alternate.tenure().to().isAfter(to))
                .findFirst()
                .map(alternate -> RuleDecision.reject(TO, "would leave its alternate " + alternate.holder()
                        + " (" + alternate.tenure().describe() + ") standing in for no one; end the alternate's "
                        + "membership on or before " + to + " first"))
                .orElse(RuleDecision.allow());
    }
}
