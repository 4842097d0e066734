package org.totalplace.pilots.service;

import java.time.LocalDate;
import org.totalplace.pilots.domain.BodyLineage;
import org.totalplace.pilots.domain.PartnerBody;

/** A partner body as current views show it: as it is {@code today}, with every name and succession it has had. */
public record PartnerBodyView(PartnerBody body, BodyLineage lineage, LocalDate today) {
}
