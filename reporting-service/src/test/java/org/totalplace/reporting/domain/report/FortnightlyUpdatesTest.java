package org.totalplace.reporting.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.reporting.domain.report.States.t;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.state.JournalEvent;

class FortnightlyUpdatesTest {

    @Test
    void shouldNumberTheUpdatesAsSeed003Did() {
        assertThat(UpdateNumbering.number(LocalDate.of(2010, 7, 27))).isEqualTo(49);
        assertThat(UpdateNumbering.number(LocalDate.of(2010, 7, 13))).isEqualTo(48);
        assertThat(UpdateNumbering.number(LocalDate.of(2010, 7, 26))).isEqualTo(48);
    }

    @Test
    void shouldListTheMilestonesMetOrMissedInTheWindowOnly() {
        FortnightlyUpdate u = FortnightlyUpdates.build(Scenarios.threePilots().at("2009-11-03"), List.of(),
                t("2009-10-20T00:00:00Z"), t("2009-11-03T00:00:00Z"));
        assertThat(u.milestones()).extracting(FortnightlyUpdate.MilestoneChange::pilot,
                FortnightlyUpdate.MilestoneChange::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lewisham", "MET"), org.assertj.core.groups.Tuple.tuple("Bradford", "MISSED"));
        assertThat(u.highlights()).contains("1 milestone met, 1 missed");
    }

    @Test
    void shouldListEachEscalationInTheWindowAndCountThoseToWhitehall() {
        FortnightlyUpdate u = FortnightlyUpdates.build(Scenarios.threePilots().at("2010-01-19"), List.of(),
                t("2010-01-05T00:00:00Z"), t("2010-01-19T00:00:00Z"));
        assertThat(u.barriers()).extracting(FortnightlyUpdate.BarrierChange::change, FortnightlyUpdate.BarrierChange::tier)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ESCALATED", "MINISTERIAL_GROUP"));
        assertThat(u.highlights()).contains("0 new barriers, 1 escalated (1 to the officials' group or ministers), 0 resolved or declined");
    }

    @Test
    void shouldReportDecisionsResolvedBarriersAndNewBarriersOfTheWindow() {
        FortnightlyUpdate u = FortnightlyUpdates.build(Scenarios.threePilots().at("2009-12-15"), List.of(),
                t("2009-12-01T00:00:00Z"), t("2009-12-15T00:00:00Z"));
        assertThat(u.decisions()).extracting(FortnightlyUpdate.DecisionMade::barrier).containsExactly("Ring-fenced grants");
        assertThat(u.barriers()).extracting(FortnightlyUpdate.BarrierChange::title, FortnightlyUpdate.BarrierChange::change)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Benefit data sharing", "RAISED"),
                        org.assertj.core.groups.Tuple.tuple("Ring-fenced grants", "RESOLVED"));
    }

    @Test
    void shouldCountTheWindowsEventsByTypeAndTheExpressionsOfInterest() {
        List<JournalEvent> events = List.of(
                new JournalEvent(UUID.randomUUID(), "totalplace.pilots.expression-of-interest-received.v1",
                        "/pilots-service", "x", t("2010-07-20T12:00:00Z"), null),
                new JournalEvent(UUID.randomUUID(), "totalplace.pilots.expression-of-interest-received.v1",
                        "/pilots-service", "y", t("2010-07-21T12:00:00Z"), null),
                new JournalEvent(UUID.randomUUID(), "totalplace.governance.decision-recorded.v1",
                        "/governance-service", "z", t("2010-06-01T12:00:00Z"), null));
        FortnightlyUpdate u = FortnightlyUpdates.build(Scenarios.threePilots().at("2010-07-27"), events,
                t("2010-07-13T23:59:59Z"), t("2010-07-27T23:59:59Z"));
        assertThat(u.number()).isEqualTo(49);
        assertThat(u.eventsByType()).containsExactly(
                java.util.Map.entry("totalplace.pilots.expression-of-interest-received.v1", 2L));
        assertThat(u.expressions()).extracting(FortnightlyUpdate.ExpressionChange::place).containsExactly("Cumbria");
        assertThat(u.highlights()).containsExactly("1 expression of interest received or updated (1 in all)");
    }

    @Test
    void shouldSayNothingChangedInAQuietFortnight() {
        FortnightlyUpdate u = FortnightlyUpdates.build(Scenarios.threePilots().at("2009-08-01"), List.of(),
                t("2009-07-01T00:00:00Z"), t("2009-07-15T00:00:00Z"));
        assertThat(u.highlights()).containsExactly("No changes in this fortnight");
        // 23 September 2008 to 15 July 2009 is 295 days: 21 whole fortnights, so the 22nd fortnight
        assertThat(FortnightlyUpdates.document(u).title()).isEqualTo("Total Place update 22");
    }
}
