package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A journey as it is today against its redesign: the change in total (redesigned − today: negative is a saving),
 * each body's change, and the shift between repair and prevention. Bodies are listed in the order they first appear
 * in today's journey, then those only in the redesign. The <em>wrong pocket</em>: the redesign saves the public purse
 * overall while at least one body spends more (typically the body that pays for the prevention).
 */
public record JourneyComparison(BigDecimal todayTotal, BigDecimal redesignedTotal, BigDecimal change,
                                List<BodyChange> bodies, Shift shift, boolean wrongPocket) {

    public enum Effect {
        SAVES, SPENDS_MORE, UNCHANGED
    }

    public record BodyChange(UUID bodyId, String body, BigDecimal today, BigDecimal redesigned, BigDecimal change,
                             Effect effect) {
    }

    /** Repair and prevention amounts and prevention's share, today and redesigned; shares at the costing's scale. */
    public record Shift(BigDecimal repairToday, BigDecimal repairRedesigned, BigDecimal repairChange,
                        BigDecimal preventionToday, BigDecimal preventionRedesigned, BigDecimal preventionChange,
                        BigDecimal preventionShareToday, BigDecimal preventionShareRedesigned,
                        BigDecimal preventionShareChange) {
    }

    public static JourneyComparison of(JourneyCosting today, JourneyCosting redesigned) {
        BigDecimal zero = BigDecimal.ZERO.setScale(Money.SCALE);
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, BigDecimal> before = new LinkedHashMap<>();
        Map<UUID, BigDecimal> after = new LinkedHashMap<>();
        for (JourneyCosting.BodyCost body : today.bodies()) {
            names.putIfAbsent(body.bodyId(), body.body());
            before.put(body.bodyId(), body.cost());
        }
        for (JourneyCosting.BodyCost body : redesigned.bodies()) {
            names.putIfAbsent(body.bodyId(), body.body());
            after.put(body.bodyId(), body.cost());
        }
        List<BodyChange> bodies = new ArrayList<>();
        for (Map.Entry<UUID, String> body : names.entrySet()) {
            BigDecimal was = before.getOrDefault(body.getKey(), zero);
            BigDecimal is = after.getOrDefault(body.getKey(), zero);
            BigDecimal change = is.subtract(was);
            Effect effect = change.signum() < 0 ? Effect.SAVES : change.signum() > 0 ? Effect.SPENDS_MORE
                    : Effect.UNCHANGED;
            bodies.add(new BodyChange(body.getKey(), body.getValue(), was, is, change, effect));
        }
        BigDecimal change = redesigned.total().subtract(today.total());
        Shift shift = new Shift(today.repair().amount(), redesigned.repair().amount(),
                redesigned.repair().amount().subtract(today.repair().amount()),
                today.prevention().amount(), redesigned.prevention().amount(),
                redesigned.prevention().amount().subtract(today.prevention().amount()),
                today.prevention().share(), redesigned.prevention().share(),
                redesigned.prevention().share().subtract(today.prevention().share()));
        boolean wrongPocket = change.signum() < 0 && bodies.stream().anyMatch(b -> b.effect() == Effect.SPENDS_MORE);
        return new JourneyComparison(today.total(), redesigned.total(), change, List.copyOf(bodies), shift,
                wrongPocket);
    }

    public List<BodyChange> saving() {
        return bodies.stream().filter(b -> b.effect() == Effect.SAVES).toList();
    }

    public List<BodyChange> spendingMore() {
        return bodies.stream().filter(b -> b.effect() == Effect.SPENDS_MORE).toList();
    }
}
