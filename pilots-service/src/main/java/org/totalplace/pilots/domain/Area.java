package org.totalplace.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A local authority area as it was at a given date: its GSS code then (Bournemouth is {@code E06000028}
 * until 2019, Gateshead {@code E08000020} until 2013), its register code, name, type and region.
 */
@Embeddable
public record Area(@Column(name = "gss_code") String gssCode,
                   @Column(name = "register_code") String registerCode,
                   @Column(name = "name") String name,
                   @Column(name = "type") String type,
                   @Column(name = "region") String region) {

    /** By name, then register code. */
    public static final Comparator<Area> ORDER = Comparator.comparing(Area::name).thenComparing(Area::registerCode);

    public Area {
        Objects.requireNonNull(registerCode, "registerCode");
        Objects.requireNonNull(name, "name");
    }

    /** How messages name it: {@code Bolton (E08000001)}. */
    public String label() {
        return name + " (" + (gssCode != null ? gssCode : "register code " + registerCode) + ")";
    }
}
