package org.totalplace.spend.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Which columns of a ledger file hold what, named by their header text. Only the amount is required. Service
 * levels (up to three, broadest first) and the transaction reference (up to three columns, joined with "/") may
 * each take several columns.
 */
public record ColumnMapping(String amount, String date, String dateFormat, String period, String supplier,
                            List<String> serviceLevels, List<String> transactionRef) {

    public static final int MAX_SERVICE_LEVELS = 3;
    public static final int MAX_TRANSACTION_REF_COLUMNS = 3;
    public static final String ISO_DATE = "yyyy-MM-dd";
    /** The date layouts a mapping may declare; ISO is the default. */
    public static final List<String> DATE_FORMATS = List.of(ISO_DATE, "dd/MM/yyyy", "dd-MM-yyyy", "dd.MM.yyyy");

    /** A mapping that names something wrong: {@code field} is the mapping's field, e.g. {@code serviceLevels[1]}. */
    public static class InvalidMappingException extends InvalidValueException {

        private final String field;

        public InvalidMappingException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public ColumnMapping {
        serviceLevels = serviceLevels == null ? List.of() : List.copyOf(serviceLevels);
        transactionRef = transactionRef == null ? List.of() : List.copyOf(transactionRef);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? ISO_DATE : dateFormat;
        if (amount == null || amount.isBlank()) {
            throw new InvalidMappingException("amount", "must name the column that holds the amount");
        }
        if (!DATE_FORMATS.contains(dateFormat)) {
            throw new InvalidMappingException("dateFormat", "must be one of " + String.join(", ", DATE_FORMATS));
        }
        if (serviceLevels.size() > MAX_SERVICE_LEVELS) {
            throw new InvalidMappingException("serviceLevels", "must name at most " + MAX_SERVICE_LEVELS + " columns");
        }
        if (transactionRef.size() > MAX_TRANSACTION_REF_COLUMNS) {
            throw new InvalidMappingException("transactionRef",
                    "must name at most " + MAX_TRANSACTION_REF_COLUMNS + " columns");
        }
    }

    /**
     * Finds each named column in a file's header (exact text first, then ignoring case and surrounding spaces).
     * A name the header lacks is refused, naming the mapping field and listing the header.
     */
    public Resolved resolve(List<String> header) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        named.put("amount", amount);
        putIfPresent(named, "date", date);
        putIfPresent(named, "period", period);
        putIfPresent(named, "supplier", supplier);
        for (int i = 0; i < serviceLevels.size(); i++) {
            named.put("serviceLevels[" + i + "]", serviceLevels.get(i));
        }
        for (int i = 0; i < transactionRef.size(); i++) {
            named.put("transactionRef[" + i + "]", transactionRef.get(i));
        }
        Map<String, Integer> index = new java.util.HashMap<>();
        named.forEach((field, column) -> index.put(field, indexOf(header, field, column)));
        int[] levels = new int[serviceLevels.size()];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = index.get("serviceLevels[" + i + "]");
        }
        int[] refs = new int[transactionRef.size()];
        for (int i = 0; i < refs.length; i++) {
            refs[i] = index.get("transactionRef[" + i + "]");
        }
        return new Resolved(List.copyOf(header), index.get("amount"), index.getOrDefault("date", -1),
                DateTimeFormatter.ofPattern(dateFormat.replace("yyyy", "uuuu"), Locale.UK)
                        .withResolverStyle(ResolverStyle.STRICT),
                index.getOrDefault("period", -1), index.getOrDefault("supplier", -1), levels, refs, dateFormat);
    }

    private static void putIfPresent(Map<String, String> named, String field, String column) {
        if (column != null && !column.isBlank()) {
            named.put(field, column);
        }
    }

    private static int indexOf(List<String> header, String field, String column) {
        int exact = header.indexOf(column);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(column.strip())) {
                return i;
            }
        }
        throw new InvalidMappingException(field, "names the column '" + column
                + "', which the file's header does not have; the header is: " + String.join(" | ", header));
    }

    /** A mapping fitted to one file's header: column positions, ready to read rows. */
    public record Resolved(List<String> header, int amount, int date, DateTimeFormatter dateFormat, int period,
                           int supplier, int[] serviceLevels, int[] transactionRef, String dateLayout) {

        /** What became of one data row. */
        public sealed interface Outcome permits Blank, Total, Rejected, Accepted {
        }

        /** Every field empty or spaces. */
        public record Blank() implements Outcome {
        }

        /** A total-like row: blank except the amount, or "total" in a column other than supplier and amount. */
        public record Total() implements Outcome {
        }

        /** Refused; {@code column} is the header name of the column at fault ("" for the row as a whole). */
        public record Rejected(String column, String reason) implements Outcome {
        }

        public record Accepted(LedgerRow row) implements Outcome {
        }

        private static final java.util.regex.Pattern TOTAL =
                java.util.regex.Pattern.compile("(?i)(^|\\W)(sub-?)?totals?(\\W|$)");

        public Outcome classify(List<String> fields) {
            boolean allBlank = true;
            boolean blankButAmount = true;
            boolean saysTotal = false;
            for (int i = 0; i < fields.size(); i++) {
                boolean blank = fields.get(i).isBlank();
                allBlank &= blank;
                if (i != amount) {
                    blankButAmount &= blank;
                    if (i != supplier && !blank && mentionsTotal(fields.get(i))) {
                        saysTotal = true;
                    }
                }
            }
            if (allBlank) {
                return new Blank();
            }
            if (blankButAmount || saysTotal) {
                return new Total();
            }
            if (fields.size() < header.size()) {
                return new Rejected("", "has " + fields.size() + " fields; the header has " + header.size());
            }
            for (int i = header.size(); i < fields.size(); i++) {
                if (!fields.get(i).isBlank()) {
                    return new Rejected("", "has " + fields.size() + " fields; the header has " + header.size());
                }
            }
            java.math.BigDecimal value;
            try {
                value = LedgerAmount.parse(fields.get(amount));
            } catch (InvalidValueException e) {
                return new Rejected(header.get(amount), "amount " + e.getMessage());
            }
            LocalDate day = null;
            if (date >= 0 && !fields.get(date).isBlank()) {
                try {
                    day = parseDate(fields.get(date).strip());
                } catch (DateTimeException e) {
                    return new Rejected(header.get(date), "date is not a date in the mapping's format");
                }
            }
            List<String> levels = new ArrayList<>(serviceLevels.length);
            for (int column : serviceLevels) {
                levels.add(textOrNull(fields.get(column)));
            }
            String ref = transactionRef(fields);
            return new Accepted(new LedgerRow(value, day, period >= 0 ? textOrNull(fields.get(period)) : null,
                    supplier >= 0 ? textOrNull(fields.get(supplier)) : null, levels, ref));
        }

        /** The transaction reference columns, stripped and joined by "/"; null when every one is blank. */
        private String transactionRef(List<String> fields) {
            if (transactionRef.length == 1) {
                String only = fields.get(transactionRef[0]).strip();
                return only.isEmpty() ? null : only;
            }
            StringBuilder ref = new StringBuilder(32);
            boolean noRef = true;
            for (int i = 0; i < transactionRef.length; i++) {
                String part = fields.get(transactionRef[i]).strip();
                noRef &= part.isEmpty();
                if (i > 0) {
                    ref.append('/');
                }
                ref.append(part);
            }
            return noRef ? null : ref.toString();
        }

        /**
         * A date in the mapping's layout. Dates of exactly the layout's shape (four-digit year, two-digit month and
         * day, the layout's separators) are read directly, as the strict formatter would read them (an impossible
         * date such as 2011-02-30 is refused in both); anything else goes to the formatter.
         */
        LocalDate parseDate(String text) {
            int y;
            int m;
            int d;
            if (text.length() != 10) {
                return LocalDate.parse(text, dateFormat);
            }
            if (ColumnMapping.ISO_DATE.equals(dateLayout) && text.charAt(4) == '-' && text.charAt(7) == '-') {
                y = digits(text, 0, 4);
                m = digits(text, 5, 2);
                d = digits(text, 8, 2);
            } else if (dateLayout != null && dateLayout.length() == 10 && dateLayout.startsWith("dd")
                    && text.charAt(2) == dateLayout.charAt(2) && text.charAt(5) == dateLayout.charAt(5)) {
                d = digits(text, 0, 2);
                m = digits(text, 3, 2);
                y = digits(text, 6, 4);
            } else {
                return LocalDate.parse(text, dateFormat);
            }
            if (y < 0 || m < 0 || d < 0) {
                return LocalDate.parse(text, dateFormat);
            }
            return LocalDate.of(y, m, d);
        }

        /** The number in {@code length} ASCII digits from {@code from}; -1 if any is not a digit. */
        private static int digits(String text, int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }

        /** The TOTAL pattern, tried only on text that has "total" in it (ASCII letters in any case, as (?i) reads). */
        static boolean mentionsTotal(String text) {
            return containsTotalIgnoringCase(text) && TOTAL.matcher(text).find();
        }

        private static boolean containsTotalIgnoringCase(String text) {
            for (int i = 0, last = text.length() - 5; i <= last; i++) {
                if ((text.charAt(i) | 0x20) == 't' && text.regionMatches(true, i, "total", 0, 5)) {
                    return true;
                }
            }
            return false;
        }

        private static String textOrNull(String text) {
            String stripped = text.strip();
            return stripped.isEmpty() ? null : stripped;
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return Objects.hash(header, amount, date);
        }

        @Override
        public String toString() {
            return "Resolved" + header;
        }
    }

    /** An accepted row, in domain terms. Supplier text is kept as published, only trimmed. */
    public record LedgerRow(java.math.BigDecimal amount, LocalDate date, String period, String supplier,
                            List<String> serviceLevels, String transactionRef) {
    }
}
