package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a journey can be costed as sent, and if not every reason, each naming its field ({@code
 * contacts[2].unitCost}): at least one contact and at most {@value #MAX_CONTACTS}; contacts in order of their day;
 * quantities of at least 1; stated unit costs not negative and with a source; a cost derived from the count (GBP,
 * nominal, of the year spent) only for a journey priced nominal or real at its own year, from a function the
 * classification knows, over a volume of at least 1; a theme of OTHER described in words. Which bodies and which
 * counted figures exist is the service's to check: this rule has no I/O.
 */
public final class JourneyRules {

    public static final int MAX_CONTACTS = 500;

    private JourneyRules() {
    }

    public static List<Refusal> check(JourneyTerms terms, List<PlannedContact> contacts) {
        List<Refusal> refusals = new ArrayList<>();
        if (terms.name().isBlank()) {
            refusals.add(new Refusal("name", "must not be blank"));
        }
        if (terms.theme() == JourneyTheme.OTHER && (terms.description() == null || terms.description().isBlank())) {
            refusals.add(new Refusal("description", "must say what the journey is when the theme is OTHER"));
        }
        if (contacts.isEmpty()) {
            refusals.add(new Refusal("contacts", "must have at least one contact"));
        }
        if (contacts.size() > MAX_CONTACTS) {
            refusals.add(new Refusal("contacts", "must have at most " + MAX_CONTACTS + " contacts"));
        }
        for (int i = 0; i < contacts.size(); i++) {
            PlannedContact contact = contacts.get(i);
            String at = "contacts[" + i + "]";
            if (contact.dayOffset() < 0) {
                refusals.add(new Refusal(at + ".dayOffset", "must not be negative"));
            } else if (i > 0 && contact.dayOffset() < contacts.get(i - 1).dayOffset()) {
                refusals.add(new Refusal(at + ".dayOffset", "must not be before the previous contact's day ("
                        + contacts.get(i - 1).dayOffset() + "): contacts are in the order they happen"));
            }
            if (contact.quantity() < 1) {
                refusals.add(new Refusal(at + ".quantity", "must be at least 1"));
            }
            if (contact.body().isBlank()) {
                refusals.add(new Refusal(at + ".body", "must not be blank"));
            }
            if (contact.activity().isBlank()) {
                refusals.add(new Refusal(at + ".activity", "must not be blank"));
            }
            checkUnitCost(terms, contact.unitCost(), at + ".unitCost", refusals);
        }
        return refusals;
    }

    private static void checkUnitCost(JourneyTerms terms, PlannedContact.PlannedUnitCost unitCost, String at,
                                      List<Refusal> refusals) {
        if (unitCost instanceof PlannedContact.Stated stated) {
            if (stated.amount().signum() < 0) {
                refusals.add(new Refusal(at + ".amount", "must not be negative"));
            }
            if (stated.source() == null || stated.source().isBlank()) {
                refusals.add(new Refusal(at + ".source", "must cite where the unit cost comes from"));
            }
        } else if (unitCost instanceof PlannedContact.FromCount fromCount) {
            if (!terms.takesNominalMoneyOfItsYear()) {
                refusals.add(new Refusal(at, "cannot be derived from the count for a journey priced "
                        + terms.priceBasis() + ": the count is in the prices of " + terms.year()
                        + " (nominal), so price the journey nominal or real at " + terms.year()
                        + ", or state the unit cost"));
            }
            if (!FunctionCode.isLevel1(fromCount.function()) && !FunctionCode.isLevel2(fromCount.function())) {
                refusals.add(new Refusal(at + ".function", "must be a function code of the count such as \"10\" "
                        + "or \"10.2\""));
            }
            if (fromCount.activityVolume() < 1) {
                refusals.add(new Refusal(at + ".activityVolume", "must be at least 1"));
            }
            if (fromCount.volumeSource() == null || fromCount.volumeSource().isBlank()) {
                refusals.add(new Refusal(at + ".volumeSource", "must cite where the activity volume comes from"));
            }
        }
    }
}
