package org.totalplace.spend.domain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of one pilot's year under one rule version, summed exactly while they are gathered and rounded once,
 * half to even, to the penny at the end. An apportioned amount is gathered as a numerator over the region's
 * population, so that it too is rounded only once per figure.
 */
public final class CountTally {

    /** What a figure is a figure of. */
    public record Key(String method, String body, FunctionCode function, SpendType spendType, String exclusion) {
    }

    public record Figure(Key key, BigDecimal amount, long lines) {

        public boolean counted() {
            return key.exclusion() == null;
        }
    }

    private static final class Sum {
        BigDecimal numerator = BigDecimal.ZERO;
        long lines;
    }

    private final Map<Key, Sum> sums = new LinkedHashMap<>();
    private final Map<Key, BigInteger> divisors = new LinkedHashMap<>();

    /** Adds an amount in pounds. */
    public void add(String method, String body, Classification classification, BigDecimal pounds, long lines) {
        add(key(method, body, classification), pounds, BigInteger.ONE, lines);
    }

    /** Adds {@code numerator / divisor} pounds (an apportioned amount); every addition to a figure uses one divisor. */
    public void addShare(String method, String body, Classification classification, BigDecimal numerator,
                         long divisor, long lines) {
        add(key(method, body, classification), numerator, BigInteger.valueOf(divisor), lines);
    }

    private static Key key(String method, String body, Classification classification) {
        return new Key(method, body, classification.function(), classification.spendType(),
                classification.exclusion());
    }

    private void add(Key key, BigDecimal numerator, BigInteger divisor, long lines) {
        BigInteger known = divisors.putIfAbsent(key, divisor);
        if (known != null && !known.equals(divisor)) {
            throw new IllegalArgumentException("a figure's shares must all be over one population: " + key);
        }
        Sum sum = sums.computeIfAbsent(key, k -> new Sum());
        sum.numerator = sum.numerator.add(numerator);
        sum.lines += lines;
    }

    /** Drops every figure of a method whose function is at level 1 one of {@code level1} and whose body is one of {@code bodies}. */
    public void drop(String method, Set<String> bodies, Set<String> level1) {
        sums.keySet().removeIf(key -> key.method().equals(method) && bodies.contains(key.body())
                && level1.contains(key.function().level1()));
    }

    /** The figures, each rounded half to even to the penny, in a stable order. */
    public List<Figure> figures() {
        List<Figure> figures = new ArrayList<>();
        sums.forEach((key, sum) -> figures.add(new Figure(key, round(sum.numerator, divisors.get(key)), sum.lines)));
        figures.sort(Comparator.comparing((Figure f) -> f.key().method())
                .thenComparing(f -> f.key().body())
                .thenComparing(f -> f.key().function().level2())
                .thenComparing(f -> f.key().spendType())
                .thenComparing(f -> f.key().exclusion() == null ? "" : f.key().exclusion()));
        return figures;
    }

    private static BigDecimal round(BigDecimal numerator, BigInteger divisor) {
        return numerator.divide(new BigDecimal(divisor), 2, RoundingMode.HALF_EVEN);
    }

    /** A digest of the rounded figures: equal digests, equal counts. */
    public static String digest(List<Figure> figures) {
        String text = figures.stream()
                .map(f -> String.join("|", f.key().method(), f.key().body(), f.key().function().level2(),
                        f.key().spendType().wire(), String.valueOf(f.key().exclusion()), f.amount().toPlainString(),
                        Long.toString(f.lines())))
                .collect(Collectors.joining("\n"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
