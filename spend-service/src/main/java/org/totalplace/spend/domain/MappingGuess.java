package org.totalplace.spend.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes a column mapping from a file's header names. Names are compared after lower-casing, dropping a "(T)"
 * suffix and everything but letters and digits, so that the header drift of real files ("Spend Level 1",
 * "Spend Level", "Cipfsubj(T)"; "Supplier Text", "Supplier id(T)"; "Seq no", "Sequence No") lands on the same
 * fields. Service levels and transaction references keep the file's column order.
 */
public final class MappingGuess {

    private static final Set<String> AMOUNT = Set.of("amount", "amt", "value", "netamount", "amountgbp",
            "amountexclvat", "netvalue", "totalamount", "paymentamount");
    private static final Set<String> DATE = Set.of("date", "updated", "paymentdate", "transactiondate", "paiddate",
            "datepaid", "invoicedate", "postingdate");
    private static final Set<String> PERIOD = Set.of("period", "accountingperiod", "financialperiod");
    private static final Pattern SUPPLIER = Pattern.compile("(supplier|payee|vendor|merchant|creditor).*");
    private static final Pattern SERVICE_LEVEL = Pattern.compile(
            "strategicgroup|strgrp|directorate|department|service|servicearea|servicelabel|expensetype|expensearea"
                    + "|spendlevel[0-9]*|cipfsubj|cipfsubs|subjective|subjectivedescription|costcentre"
                    + "|costcentredescription");
    private static final Pattern TRANSACTION_REF = Pattern.compile(
            "transno|transactionno|transactionnumber|transactionref|transactionid|reference|ref|invoiceno"
                    + "|invoicenumber|seqno|sequenceno|seq|sequence");

    private MappingGuess() {
    }

    /** What the header suggests; {@code amount} is null when no column looks like one. */
    public record Proposal(String amount, String date, String period, String supplier, List<String> serviceLevels,
                           List<String> transactionRef, List<String> unmapped) {
    }

    public static Proposal propose(List<String> header) {
        String amount = null;
        String date = null;
        String period = null;
        String supplier = null;
        List<String> levels = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (String column : header) {
            String key = normalise(column);
            if (amount == null && AMOUNT.contains(key)) {
                amount = column;
            } else if (date == null && DATE.contains(key)) {
                date = column;
            } else if (period == null && PERIOD.contains(key)) {
                period = column;
            } else if (supplier == null && SUPPLIER.matcher(key).matches()) {
                supplier = column;
            } else if (levels.size() < ColumnMapping.MAX_SERVICE_LEVELS && SERVICE_LEVEL.matcher(key).matches()) {
                levels.add(column);
            } else if (refs.size() < ColumnMapping.MAX_TRANSACTION_REF_COLUMNS
                    && TRANSACTION_REF.matcher(key).matches()) {
                refs.add(column);
            } else {
                unmapped.add(column);
            }
        }
        return new Proposal(amount, date, period, supplier, List.copyOf(levels), List.copyOf(refs),
                List.copyOf(unmapped));
    }

    /** The date layout sample values fit, of those a mapping may declare; ISO when none do. */
    public static String dateFormatOf(List<String> samples) {
        for (String format : ColumnMapping.DATE_FORMATS) {
            String pattern = format.replace("yyyy", "[0-9]{4}").replace("dd", "[0-9]{2}").replace("MM", "[0-9]{2}")
                    .replace(".", "\\.");
            if (!samples.isEmpty() && samples.stream().allMatch(s -> s.strip().matches(pattern))) {
                return format;
            }
        }
        return ColumnMapping.ISO_DATE;
    }

    static String normalise(String header) {
        String lower = header.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith("(t)")) {
            lower = lower.substring(0, lower.length() - 3);
        }
        return lower.replaceAll("[^a-z0-9]", "");
    }
}
