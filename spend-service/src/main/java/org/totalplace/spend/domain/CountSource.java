package org.totalplace.spend.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Where counted money comes from, and the category fields a counting rule may match for each source. */
public enum CountSource {
    /** A body's own ledger lines (bottom-up). */
    LEDGER("ledger", List.of("serviceLevel1", "serviceLevel2", "serviceLevel3", "supplier")),
    /** DCLG Revenue Outturn, one figure per authority and column. */
    OUTTURN("outturn", List.of("column")),
    /** HM Treasury Country and Regional Analysis, apportioned by population (top-down). */
    CRA("cra", List.of("cofogLevel0", "cofogLevel1", "department", "sector"));

    private final String wire;
    private final List<String> fields;

    CountSource(String wire, List<String> fields) {
        this.wire = wire;
        this.fields = fields;
    }

    public String wire() {
        return wire;
    }

    public List<String> fields() {
        return fields;
    }

    public static Optional<CountSource> fromWire(String text) {
        return Arrays.stream(values()).filter(source -> source.wire.equals(text)).findFirst();
    }
}
