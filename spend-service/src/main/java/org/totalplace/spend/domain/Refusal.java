package org.totalplace.spend.domain;

/** A rule's "no": the field it is about, as the API names it ({@code flows[3].financialYear}), and why. */
public record Refusal(String field, String message) {
}
