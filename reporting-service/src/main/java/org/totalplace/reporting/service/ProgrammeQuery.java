package org.totalplace.reporting.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.totalplace.reporting.domain.GroupView;
import org.totalplace.reporting.domain.PilotScope;
import org.totalplace.reporting.domain.PilotView;
import org.totalplace.reporting.domain.ProgrammeReport;
import org.totalplace.reporting.domain.SpendTotal;

/** Reads the programme from the read models; one transaction per question, so each answer is one snapshot. */
@ApplicationScoped
public class ProgrammeQuery {

    /** The pilots in {@code scope} (a predicate of each query): everything when it is, else no unassigned rows. */
    private static final String VISIBLE_PILOT = "p.code in :codes or p.region = :region";

    /**
     * The programme as {@code scope} may see it: its pilots with their groups and spend, the programme-wide groups,
     * and totals of the spend shown. Groups and spend of pilots not (yet) known lie in no one's scope but the
     * programme's as a whole, so only a caller who sees every pilot sees them.
     */
    @Transactional
    public ProgrammeReport programme(PilotScope scope) {
        Parameters visible = Parameters.with("all", scope.everything()).and("codes", scope.codesOrNone())
                .and("region", scope.regionOrNone());
        List<PilotView> pilots = PilotView.list("from PilotView p where :all = true or " + VISIBLE_PILOT, visible);
        List<GroupView> groups = GroupView.list("from GroupView g where g.pilotId is null or :all = true"
                + " or g.pilotId in (select p.pilotId from PilotView p where " + VISIBLE_PILOT + ")", visible);
        List<SpendTotal> spend = SpendTotal.list("from SpendTotal s where :all = true"
                + " or s.pilotId in (select p.pilotId from PilotView p where " + VISIBLE_PILOT + ")", visible);
        return ProgrammeReport.assemble(pilots, groups, spend);
    }

    /** The pilot a path names by id or code, if reporting knows it. */
    @Transactional
    public Optional<PilotView> findPilot(String idOrCode) {
        return lookUp(idOrCode);
    }

    /** One pilot by id or code; {@link NotFoundException} when no pilot event has announced it. */
    @Transactional
    public ProgrammeReport.PilotReport pilot(String idOrCode) {
        PilotView pilot = find(idOrCode);
        return ProgrammeReport.forPilot(pilot, GroupView.list("pilotId", pilot.pilotId),
                SpendTotal.list("pilotId", pilot.pilotId));
    }

    private static PilotView find(String idOrCode) {
        return lookUp(idOrCode).orElseThrow(
                () -> new NotFoundException("no pilot with id or code '" + idOrCode + "' is known to reporting"));
    }

    private static Optional<PilotView> lookUp(String idOrCode) {
        UUID id = asUuid(idOrCode);
        return id != null ? Optional.ofNullable(PilotView.findById(id)) : PilotView.findByCode(idOrCode);
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
