package org.totalplace.spend.domain;

/** What the rules make of one source category: its function, revenue or capital, and whether it counts. */
public record Classification(FunctionCode function, SpendType spendType, String exclusion) {

    public boolean counted() {
        return exclusion == null;
    }
}
