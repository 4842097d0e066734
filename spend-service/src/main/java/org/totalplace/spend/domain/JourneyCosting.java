package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What a journey costs the public purse: the total, each body's part and the repair/prevention split, with shares;
 * and the contacts that repeat an earlier one (same body, same activity, within {@value #DUPLICATE_WINDOW_DAYS}
 * days). Amounts are exact sums of unit cost × quantity; only shares are rounded, each on its own, half-even to
 * {@value #SHARE_SCALE} decimal places (so shares may add up to 1 ± a few ten-thousandths). A zero total gives
 * zero shares.
 */
public record JourneyCosting(BigDecimal total, List<BodyCost> bodies, Part repair, Part prevention,
                             List<Duplicate> duplicates, BigDecimal duplicatedCost) {

    public static final int DUPLICATE_WINDOW_DAYS = 30;
    public static final int SHARE_SCALE = 4;
    public static final String DUPLICATE_RULE = "a contact is a duplicate when an earlier contact of the journey has "
            + "the same body and the same activity (ignoring case and spacing) and is at most "
            + DUPLICATE_WINDOW_DAYS + " days before it; duplicateOf names the nearest such earlier contact";
    public static final String SHARE_RULE = "share = amount ÷ total, rounded half-even to " + SHARE_SCALE
            + " decimal places (a fraction of 1), each share on its own; 0 when the total is 0";

    /** One body's part of the journey, in the order the body first appears. */
    public record BodyCost(UUID bodyId, String body, BigDecimal cost, BigDecimal share, int contacts) {
    }

    /** The repair or the prevention part. */
    public record Part(BigDecimal amount, BigDecimal share) {
    }

    /** Contact {@code index} repeats contact {@code duplicateOf}, {@code daysAfter} days later. */
    public record Duplicate(int index, int duplicateOf, int daysAfter, String body, String activity, BigDecimal cost) {
    }

    public static JourneyCosting of(List<JourneyContact> contacts) {
        BigDecimal total = BigDecimal.ZERO.setScale(Money.SCALE);
        BigDecimal repair = total;
        BigDecimal prevention = total;
        Map<UUID, BigDecimal> byBody = new LinkedHashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        for (JourneyContact contact : contacts) {
            BigDecimal cost = contact.cost();
            total = total.add(cost);
            if (contact.purpose() == ContactPurpose.REPAIR) {
                repair = repair.add(cost);
            } else {
                prevention = prevention.add(cost);
            }
            byBody.merge(contact.bodyId(), cost, BigDecimal::add);
            names.putIfAbsent(contact.bodyId(), contact.body());
            counts.merge(contact.bodyId(), 1, Integer::sum);
        }
        List<BodyCost> bodies = new ArrayList<>();
        for (Map.Entry<UUID, BigDecimal> body : byBody.entrySet()) {
            bodies.add(new BodyCost(body.getKey(), names.get(body.getKey()), body.getValue(),
                    share(body.getValue(), total), counts.get(body.getKey())));
        }
        List<Duplicate> duplicates = duplicates(contacts);
        BigDecimal duplicatedCost = duplicates.stream().map(Duplicate::cost)
                .reduce(BigDecimal.ZERO.setScale(Money.SCALE), BigDecimal::add);
        return new JourneyCosting(total, List.copyOf(bodies), new Part(repair, share(repair, total)),
                new Part(prevention, share(prevention, total)), duplicates, duplicatedCost);
    }

    public static BigDecimal share(BigDecimal amount, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(SHARE_SCALE);
        }
        return amount.divide(total, SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static List<Duplicate> duplicates(List<JourneyContact> contacts) {
        List<Duplicate> duplicates = new ArrayList<>();
        for (int later = 0; later < contacts.size(); later++) {
            JourneyContact contact = contacts.get(later);
            for (int earlier = later - 1; earlier >= 0; earlier--) {
                JourneyContact before = contacts.get(earlier);
                int days = contact.dayOffset() - before.dayOffset();
                if (days >= 0 && days <= DUPLICATE_WINDOW_DAYS && before.bodyId().equals(contact.bodyId())
                        && sameActivity(before.activity(), contact.activity())) {
                    duplicates.add(new Duplicate(later, earlier, days, contact.body(), contact.activity(),
                            contact.cost()));
                    break;
                }
            }
        }
        return List.copyOf(duplicates);
    }

    static boolean sameActivity(String a, String b) {
        return normalised(a).equals(normalised(b));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The duplicate flag of contact {@code index}, or null. */
    public Duplicate duplicateAt(int index) {
        return duplicates.stream().filter(d -> d.index() == index).findFirst().orElse(null);
    }
}
