package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.totalplace.reporting.domain.GroupView;
import org.totalplace.reporting.domain.PilotView;
import org.totalplace.reporting.domain.ProgrammeReport;
import org.totalplace.reporting.domain.SpendTotal;

/** Reads the programme from the read models; one transaction per question, so each answer is one snapshot. */
@ApplicationScoped
public class ProgrammeQuery {

    @Transactional
    public ProgrammeReport programme() {
        return ProgrammeReport.assemble(PilotView.listAll(), GroupView.listAll(), SpendTotal.listAll());
    }

    /** One pilot by id or code; {@link NotFoundException} when no pilot event has announced it. */
    @Transactional
    public ProgrammeReport.PilotReport pilot(String idOrCode) {
        PilotView pilot = find(idOrCode);
        return ProgrammeReport.forPilot(pilot, GroupView.list("pilotId", pilot.pilotId),
                SpendTotal.list("pilotId", pilot.pilotId));
    }

    private static PilotView find(String idOrCode) {
        UUID id = asUuid(idOrCode);
        PilotView pilot = id != null ? PilotView.findById(id) : PilotView.findByCode(idOrCode).orElse(null);
        if (pilot == null) {
            throw new NotFoundException("no pilot with id or code '" + idOrCode + "' is known to reporting");
        }
        return pilot;
    }

    private static UUID asUuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
