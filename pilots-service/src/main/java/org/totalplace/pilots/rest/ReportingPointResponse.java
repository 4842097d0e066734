package org.totalplace.pilots.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.totalplace.pilots.domain.ReportingPoint;

/**
 * A national reporting point.
 *
 * @param requiredSections the agreed structure of submissions, every section required; empty when none was agreed
 */
@Schema(name = "ReportingPoint")
public record ReportingPointResponse(UUID id, String code, String name, String description, LocalDate dueDate,
                                     List<String> requiredSections) {

    static ReportingPointResponse of(ReportingPoint point) {
        return new ReportingPointResponse(point.id(), point.code(), point.name(), point.description(), point.dueDate(),
                point.requiredSections());
    }
}
