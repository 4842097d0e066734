package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.Objects;

/** An authority's GSS code was replaced by a new one from {@code operativeFrom} (a boundary change, for instance). */
public record GssCodeChange(String formerCode, String currentCode, LocalDate operativeFrom) {

    public GssCodeChange {
        Objects.requireNonNull(formerCode, "formerCode");
        Objects.requireNonNull(currentCode, "currentCode");
        Objects.requireNonNull(operativeFrom, "operativeFrom");
    }
}
