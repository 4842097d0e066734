package org.totalplace.pilots.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One authority of the local authority register (mySociety's {@code uk_local_authorities_current}),
 * as published: some abolished (with an end date and the authorities that replaced them), some not yet
 * in existence at a given date. Blank fields of the file are {@code null} here.
 *
 * @param registerCode the three-letter register code, the key ({@code MAN})
 * @param gssCode      the ONS GSS code it has now ({@code E08000003}); null where none was allocated
 * @param formerGssCodes GSS codes it had before its current one
 * @param type         the register's type code ({@code CTY}, {@code UA}, {@code MD}, {@code NMD}, {@code LBO}, ...)
 * @param typeName     the type as words ({@code Metropolitan district})
 * @param region       the region as the file gives it; blank or wrong for a few authorities, see {@link AreaRegister}
 * @param county       for a district, the register code of its county
 * @param replacedBy   for an abolished authority, the register codes of its successors
 * @param start        first day in force; null when the register does not know (older than the register)
 * @param end          last day in force; null while it still exists
 */
public record LocalAuthority(String registerCode, String gssCode, List<String> formerGssCodes, String officialName,
                             String niceName, String type, String typeName, String region, String county,
                             List<String> replacedBy, LocalDate start, LocalDate end) {

    public LocalAuthority {
        Objects.requireNonNull(registerCode, "registerCode");
        Objects.requireNonNull(niceName, "niceName");
        formerGssCodes = List.copyOf(formerGssCodes);
        replacedBy = List.copyOf(replacedBy);
    }

    /**
     * Whether it existed on {@code date}. The register writes end dates both as the last day
     * (Dorset County Council ends 2019-03-31, Dorset Council starts 2019-04-01) and as the successor's
     * first day (Cumbria ends 2023-04-01 when Cumberland starts); the end is taken as inclusive here and
     * {@link AreaRegister} lets the successor win the day both claim.
     */
    public boolean inForceOn(LocalDate date) {
        return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }

    public boolean isCounty() {
        return "CTY".equals(type);
    }
}
