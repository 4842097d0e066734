package org.totalplace.governance.rest;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.domain.EscalationTier;
import org.totalplace.governance.support.Barriers;
import org.totalplace.governance.support.GroupRecords;
import org.totalplace.governance.support.HeldMeetings;
import org.totalplace.governance.support.KnownPilots;
import org.totalplace.governance.support.Meetings;
import org.totalplace.testkit.AccessMatrix;
import org.totalplace.testkit.Req;

/**
 * Every endpoint of governance-service × every role × a pilot in London (the callers' pilot and region) and one in
 * the North East, against the testkit's role table.
 *
 * <p>Which permission a fixture record implies: a group, and everything of it, is read with {@code READ_PILOT} when
 * it is a pilot board (the London board: in scope; the North East board: out of scope) and with
 * {@code READ_PROGRAMME} when it is programme-wide (a group of kind OTHER), so each such read is tabled twice. A risk
 * naming a pilot is that pilot's ({@code READ_PILOT}); one naming none is programme-wide. A barrier is resolved or
 * declined with the permission of the tier it has reached, so there is a barrier at each tier for each pilot:
 * PILOT → RAISE_BARRIER, GOVERNMENT_OFFICE → ESCALATE_BARRIER, OFFICIALS_GROUP → GOVERN, MINISTERIAL_GROUP →
 * DECIDE_MINISTERIAL. Every write's placeholder body or missing If-Match fails after the access check, so the
 * fixtures stay as set up while the matrix runs.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final LocalDate DAY = LocalDate.of(2009, 11, 16);
    private static final String RISK = """
            {"kind":"RISK","title":"Spend data late","probability":3,"impact":4,"owner":"%s",
             "reviewDate":"2009-12-01","pilotId":%s}""";

    @Inject
    KnownPilots pilots;

    @Inject
    HeldMeetings held;

    private String in;
    private String out;
    private UUID london;
    private UUID northEast;
    private String owner;
    private GroupRecords londonBoard;
    private GroupRecords northEastBoard;
    private GroupRecords programme;
    private final Map<EscalationTier, String> londonBarriers = new EnumMap<>(EscalationTier.class);
    private final Map<EscalationTier, String> northEastBarriers = new EnumMap<>(EscalationTier.class);
    private String londonRisk;
    private String northEastRisk;
    private String programmeRisk;
    private String interdependency;
    private String keyProduct;
    private String rolloutElement;

    @BeforeEach
    void aPilotInEachOfTwoRegionsWithOneOfEveryRecordEach() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        in = "lewisham-" + unique;
        out = "gateshead-" + unique;
        london = pilots.known(in, "Lewisham", "London");
        northEast = pilots.known(out, "Gateshead", "North East");
        owner = "access-matrix-" + unique;
        londonBoard = GroupRecords.of(Meetings.pilotBoard(london), held, DAY, owner);
        northEastBoard = GroupRecords.of(Meetings.pilotBoard(northEast), held, DAY, owner);
        programme = GroupRecords.of(Meetings.group("OTHER", "MONTHLY"), held, DAY, owner);
        for (EscalationTier tier : EscalationTier.values()) {
            londonBarriers.put(tier, Barriers.raisedTo(london, tier));
            northEastBarriers.put(tier, Barriers.raisedTo(northEast, tier));
        }
        londonRisk = risk("\"" + london + "\"");
        northEastRisk = risk("\"" + northEast + "\"");
        programmeRisk = risk("null");
        interdependency = created("/interdependencies", """
                {"programme":"Operational Efficiency Programme","description":"Asset review uses the counts",
                 "owner":"HM Treasury","nature":"MUTUAL"}""");
        keyProduct = created("/key-products", """
                {"title":"Total Place: summary for the Pre-Budget Report","kind":"PBR_SUMMARY",
                 "dueDate":"2009-11-09","owner":"Total Place programme office"}""");
        rolloutElement = created("/rollout-elements", """
                {"kind":"FORA_WITH_AUTHORITY","hypothesis":"(example) fora clear barriers"}""");
    }

    @Test
    void shouldLetEachRoleDoExactlyWhatTheRoleTableSaysForPilotsInAndOutOfItsScope() {
        String any = UUID.randomUUID().toString();
        String meeting = "/meetings/" + programme.meeting();
        String item = meeting + "/agenda/" + programme.item();
        String londonBarrier = londonBarriers.get(EscalationTier.PILOT);
        String northEastBarrier = northEastBarriers.get(EscalationTier.PILOT);
        AccessMatrix matrix = AccessMatrix.forService().inScope(in, "London").outOfScope(out, "North East")
                .endpoint("GET", "/audit-entries", "ADMINISTER", Req.to("/audit-entries?recordType=barrier&recordId=" + londonBarrier))
                // barriers: always a pilot's
                .endpoint("GET", "/barriers", "READ_PILOT", Req.to("/barriers"))
                .endpoint("POST", "/barriers", "RAISE_BARRIER", Req.to("/barriers").body(pilotOnly(london)),
                        Req.to("/barriers").body(pilotOnly(northEast)))
                .endpoint("GET", "/barriers/{id}", "READ_PILOT", Req.to("/barriers/" + londonBarrier), Req.to("/barriers/" + northEastBarrier))
                .endpoint("POST", "/barriers/{id}/escalate", "ESCALATE_BARRIER",
                        Req.to("/barriers/" + londonBarrier + "/escalate").body("{}"),
                        Req.to("/barriers/" + northEastBarrier + "/escalate").body("{}"))
                .endpoint("GET", "/barriers/{id}/comments", "READ_PILOT",
                        Req.to("/barriers/" + londonBarrier + "/comments"), Req.to("/barriers/" + northEastBarrier + "/comments"))
                .endpoint("POST", "/barriers/{id}/comments", "COMMENT",
                        Req.to("/barriers/" + londonBarrier + "/comments").body("{}"),
                        Req.to("/barriers/" + northEastBarrier + "/comments").body("{}"));
        for (EscalationTier tier : EscalationTier.values()) {
            String permission = switch (tier) {
                case PILOT -> "RAISE_BARRIER";
                case GOVERNMENT_OFFICE -> "ESCALATE_BARRIER";
                case OFFICIALS_GROUP -> "GOVERN";
                case MINISTERIAL_GROUP -> "DECIDE_MINISTERIAL";
            };
            for (String decision : List.of("resolve", "decline")) {
                matrix.endpoint("POST", "/barriers/{id}/" + decision, permission,
                        Req.to("/barriers/" + londonBarriers.get(tier) + "/" + decision).body("{}"),
                        Req.to("/barriers/" + northEastBarriers.get(tier) + "/" + decision).body("{}"));
            }
        }
        // groups and everything of them: a pilot board's for its pilot, other groups' programme-wide
        readOfAGroup(matrix, "/groups/{idOrCode}", records -> "/groups/" + records.group());
        readOfAGroup(matrix, "/groups/{idOrCode}/meetings", records -> "/groups/" + records.group() + "/meetings");
        readOfAGroup(matrix, "/groups/{idOrCode}/papers", records -> "/groups/" + records.group() + "/papers");
        readOfAGroup(matrix, "/groups/{idOrCode}/memberships", records -> "/groups/" + records.group() + "/memberships");
        readOfAGroup(matrix, "/groups/{idOrCode}/memberships/{membershipId}",
                records -> "/groups/" + records.group() + "/memberships/" + records.membership());
        readOfAGroup(matrix, "/groups/{idOrCode}/meeting-series/{seriesId}",
                records -> "/groups/" + records.group() + "/meeting-series/" + records.series());
        readOfAGroup(matrix, "/groups/{idOrCode}/standing-agenda", records -> "/groups/" + records.group() + "/standing-agenda");
        readOfAGroup(matrix, "/meetings/{id}", records -> "/meetings/" + records.meeting());
        readOfAGroup(matrix, "/meetings/{id}/attendance", records -> "/meetings/" + records.meeting() + "/attendance");
        readOfAGroup(matrix, "/meetings/{id}/minutes", records -> "/meetings/" + records.meeting() + "/minutes");
        readOfAGroup(matrix, "/meetings/{id}/decisions", records -> "/meetings/" + records.meeting() + "/decisions");
        readOfAGroup(matrix, "/decisions/{id}", records -> "/decisions/" + records.decision());
        readOfAGroup(matrix, "/actions/{id}", records -> "/actions/" + records.action());
        readOfAGroup(matrix, "/papers/{id}", records -> "/papers/" + records.paper());
        String group = "/groups/" + programme.group();
        matrix.endpoint("GET", "/groups", "READ_PROGRAMME", Req.to("/groups"))
                .endpoint("GET", "/actions", "READ_PROGRAMME", Req.to("/actions"))
                .endpoint("POST", "/groups", "GOVERN", Req.to("/groups").body("{}"))
                .endpoint("POST", "/groups/{idOrCode}/meetings", "GOVERN", Req.to(group + "/meetings").body("{}"))
                .endpoint("POST", "/groups/{idOrCode}/papers", "GOVERN", Req.to(group + "/papers").body("{}"))
                .endpoint("POST", "/groups/{idOrCode}/memberships", "GOVERN", Req.to(group + "/memberships").body("{}"))
                .endpoint("POST", "/groups/{idOrCode}/memberships/{membershipId}/end", "GOVERN",
                        Req.to(group + "/memberships/" + programme.membership() + "/end").body("{}"))
                .endpoint("POST", "/groups/{idOrCode}/meeting-series", "GOVERN", Req.to(group + "/meeting-series").body("{}"))
                .endpoint("PUT", "/groups/{idOrCode}/standing-agenda", "GOVERN", Req.to(group + "/standing-agenda").body("{}"))
                .endpoint("POST", "/meetings/{id}/agenda", "GOVERN", Req.to(meeting + "/agenda").body("{}"))
                .endpoint("POST", "/meetings/{id}/cancel", "GOVERN", Req.to(meeting + "/cancel").body("{}"))
                .endpoint("POST", "/meetings/{id}/held", "GOVERN", Req.to(meeting + "/held"))
                .endpoint("PUT", "/meetings/{id}/attendance", "GOVERN", Req.to(meeting + "/attendance").body("{}"))
                .endpoint("PUT", "/meetings/{id}/agenda/{itemId}/paper", "GOVERN", Req.to(item + "/paper").body("{}"))
                .endpoint("DELETE", "/meetings/{id}/agenda/{itemId}/paper", "GOVERN", Req.to(item + "/paper"))
                .endpoint("POST", "/meetings/{id}/agenda/{itemId}/move", "GOVERN", Req.to(item + "/move").body("{}"))
                .endpoint("DELETE", "/meetings/{id}/agenda/{itemId}", "GOVERN", Req.to(item))
                .endpoint("PUT", "/meetings/{id}/minutes", "GOVERN", Req.to(meeting + "/minutes").body("{}"))
                .endpoint("POST", "/meetings/{id}/minutes/circulate", "GOVERN", Req.to(meeting + "/minutes/circulate").body("{}"))
                .endpoint("POST", "/meetings/{id}/minutes/amendments", "GOVERN", Req.to(meeting + "/minutes/amendments").body("{}"))
                .endpoint("POST", "/meetings/{id}/minutes/approve", "GOVERN", Req.to(meeting + "/minutes/approve").body("{}"))
                .endpoint("POST", "/meetings/{id}/minutes/corrections", "GOVERN", Req.to(meeting + "/minutes/corrections").body("{}"))
                .endpoint("POST", "/meetings/{id}/decisions", "GOVERN", Req.to(meeting + "/decisions").body("{}"))
                .endpoint("POST", "/meetings/{id}/actions", "GOVERN", Req.to(meeting + "/actions").body("{}"))
                .endpoint("POST", "/actions/{id}/complete", "GOVERN", Req.to("/actions/" + programme.action() + "/complete").body("{}"))
                .endpoint("POST", "/actions/{id}/drop", "GOVERN", Req.to("/actions/" + programme.action() + "/drop").body("{}"))
                .endpoint("PUT", "/papers/{id}", "GOVERN", Req.to("/papers/" + programme.paper()).body("{}"))
                // the RAID log: a risk naming a pilot is that pilot's
                .endpoint("GET", "/risks", "READ_PROGRAMME", Req.to("/risks"))
                .endpoint("GET", "/risks/{id}", "READ_PILOT", Req.to("/risks/" + londonRisk), Req.to("/risks/" + northEastRisk))
                .endpoint("GET", "/risks/{id}", "READ_PROGRAMME", Req.to("/risks/" + programmeRisk))
                .endpoint("POST", "/risks", "GOVERN", Req.to("/risks").body("{}"))
                .endpoint("PUT", "/risks/{id}", "GOVERN", Req.to("/risks/" + londonRisk).body("{}"))
                .endpoint("POST", "/risks/{id}/close", "GOVERN", Req.to("/risks/" + londonRisk + "/close").body("{}"))
                .endpoint("GET", "/interdependencies", "READ_PROGRAMME", Req.to("/interdependencies"))
                .endpoint("GET", "/interdependencies/{id}", "READ_PROGRAMME", Req.to("/interdependencies/" + interdependency))
                .endpoint("POST", "/interdependencies", "GOVERN", Req.to("/interdependencies").body("{}"))
                .endpoint("PUT", "/interdependencies/{id}", "GOVERN", Req.to("/interdependencies/" + interdependency).body("{}"))
                .endpoint("GET", "/key-products", "READ_PROGRAMME", Req.to("/key-products"))
                .endpoint("GET", "/key-products/{id}", "READ_PROGRAMME", Req.to("/key-products/" + keyProduct))
                .endpoint("POST", "/key-products", "GOVERN", Req.to("/key-products").body("{}"))
                .endpoint("POST", "/key-products/{id}/submit-for-approval", "GOVERN",
                        Req.to("/key-products/" + keyProduct + "/submit-for-approval").body("{}"))
                .endpoint("POST", "/key-products/{id}/approve", "GOVERN", Req.to("/key-products/" + keyProduct + "/approve").body("{}"))
                .endpoint("POST", "/key-products/{id}/reject", "GOVERN", Req.to("/key-products/" + keyProduct + "/reject").body("{}"))
                // the roll-out put to ministers, kept by the officials' group secretariat: programme-wide
                .endpoint("GET", "/rollout-elements", "READ_PROGRAMME", Req.to("/rollout-elements"))
                .endpoint("GET", "/rollout-elements/{id}", "READ_PROGRAMME", Req.to("/rollout-elements/" + rolloutElement))
                .endpoint("POST", "/rollout-elements", "GOVERN", Req.to("/rollout-elements").body("{}"))
                .endpoint("PUT", "/rollout-elements/{id}", "GOVERN", Req.to("/rollout-elements/" + rolloutElement).body("{}"))
                .endpoint("PUT", "/rollout-elements/{id}/barriers", "GOVERN",
                        Req.to("/rollout-elements/" + rolloutElement + "/barriers").body("{}"))
                .endpoint("POST", "/rollout-elements/{id}/status", "GOVERN",
                        Req.to("/rollout-elements/" + rolloutElement + "/status").body("{}"))
                // public bodies as pilots-service announced them
                .endpoint("GET", "/known-bodies/{idOrCode}", "READ_PROGRAMME", Req.to("/known-bodies/GO-NE"))
                // lists spanning pilots show only what the caller may read
                .list("/barriers?size=200&pilotId=" + london, "READ_PILOT", List.copyOf(londonBarriers.values()), List.of())
                .list("/barriers?size=200&pilotId=" + northEast, "READ_PILOT", List.of(), List.copyOf(northEastBarriers.values()))
                .list("/groups?pilotId=" + london, "READ_PILOT", List.of(londonBoard.group()), List.of())
                .list("/groups?pilotId=" + northEast, "READ_PILOT", List.of(), List.of(northEastBoard.group()))
                .list("/risks?size=200&owner=" + owner, "READ_PILOT", List.of(londonRisk, programmeRisk), List.of(northEastRisk))
                .list("/actions?size=200&owner=" + owner, "READ_PILOT", List.of(londonBoard.action(), programme.action()),
                        List.of(northEastBoard.action()))
                .verify();
    }

    /** A read of a group's record: READ_PILOT for the pilot boards' records, READ_PROGRAMME for a programme group's. */
    private void readOfAGroup(AccessMatrix matrix, String template, Function<GroupRecords, String> path) {
        matrix.endpoint("GET", template, "READ_PILOT", Req.to(path.apply(londonBoard)), Req.to(path.apply(northEastBoard)))
                .endpoint("GET", template, "READ_PROGRAMME", Req.to(path.apply(programme)));
    }

    private static String pilotOnly(UUID pilot) {
        return """
                {"pilotId":"%s"}""".formatted(pilot);
    }

    private String risk(String pilot) {
        return created("/risks", RISK.formatted(owner, pilot));
    }

    private static String created(String path, String body) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}
