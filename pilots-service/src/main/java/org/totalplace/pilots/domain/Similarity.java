package org.totalplace.pilots.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The Jaccard similarity of two tag sets, kept as the exact fraction {@code shared / union}, so that ranking
 * compares fractions exactly ({@code 1/3} and {@code 2/6} are equal) and only the score shown is rounded.
 * Two places without any tag share nothing: 0, not 0/0.
 */
public record Similarity(int shared, int union) implements Comparable<Similarity> {

    /** Decimal places of {@link #score()}. */
    public static final int SCALE = 4;

    public Similarity {
        if (shared < 0 || union < shared || union == 0 && shared != 0) {
            throw new IllegalArgumentException("not a Jaccard fraction: " + shared + "/" + union);
        }
    }

    public static Similarity of(Set<String> a, Set<String> b) {
        int shared = (int) a.stream().filter(b::contains).count();
        return new Similarity(shared, a.size() + b.size() - shared);
    }

    /** |A ∩ B| / |A ∪ B|, rounded half up to {@value #SCALE} places. */
    public BigDecimal score() {
        if (union == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return BigDecimal.valueOf(shared).divide(BigDecimal.valueOf(union), SCALE, RoundingMode.HALF_UP);
    }

    /** By the exact fraction: a/b against c/d as a·d against c·b. */
    @Override
    public int compareTo(Similarity other) {
        if (union == 0 || other.union == 0) {
            return Integer.compare(shared, other.shared);
        }
        return Long.compare((long) shared * other.union, (long) other.shared * union);
    }
}
