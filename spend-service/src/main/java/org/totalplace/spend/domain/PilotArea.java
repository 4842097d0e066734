package org.totalplace.spend.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Comparator;
import java.util.Objects;

/**
 * One local authority area of a pilot, as pilots-service named it in pilot-areas-changed: its register code
 * (mySociety), its GSS code as at the programme date (null where none was allocated) and its name.
 */
@Embeddable
public record PilotArea(@Column(name = "register_code") String registerCode,
                        @Column(name = "gss_code") String gssCode,
                        @Column(name = "name") String name) {

    /** By name, then register code: the order pilots-service sends them in. */
    public static final Comparator<PilotArea> ORDER =
            Comparator.comparing(PilotArea::name).thenComparing(PilotArea::registerCode);

    public PilotArea {
        Objects.requireNonNull(registerCode, "registerCode");
        Objects.requireNonNull(name, "name");
    }

    /** How messages name it: {@code Bolton (BOL)}. */
    public String label() {
        return name + " (" + registerCode + ")";
    }
}
