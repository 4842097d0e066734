package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.totalplace.pilots.support.Problems.problem;
import static org.totalplace.pilots.support.TimetableCalls.changeMilestone;
import static org.totalplace.pilots.support.TimetableCalls.movePhase;
import static org.totalplace.pilots.support.TimetableCalls.planMilestone;
import static org.totalplace.pilots.support.TimetableCalls.registerPilot;
import static org.totalplace.pilots.support.TimetableCalls.startSubmission;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PilotJson;

/**
 * {@code GET /pilots} by theme, council type, phase and overdue, with the region filter, sorting and paging.
 * Every test tags the themes of its own pilots, so the pilots other tests register never get in the way.
 */
@QuarkusTest
class PilotFiltersTest {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|prev)\"");
    private static final Instant PBR_DUE_DAY = Instant.parse("2009-09-04T12:00:00Z");
    private static final long DAY = 24 * 3600;

    private String tag;

    @BeforeEach
    void setTheClockAndTagThisTest() {
        setClock(PBR_DUE_DAY);
        tag = "Tag" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldFindPilotsWhoseThemeContainsTheTextIgnoringCase() {
        String early = registerPilot(pilot("Early years: children up to five (" + tag + ")"));
        String alcohol = registerPilot(pilot("Tackling alcohol and drug abuse (" + tag + ")"));

        assertThat(ids(listed().queryParam("theme", tag.toUpperCase()))).containsExactlyInAnyOrder(early, alcohol);
        assertThat(ids(listed().queryParam("theme", "CHILDREN UP TO five (" + tag))).containsExactly(early);
        assertThat(ids(listed().queryParam("theme", "50% of children (" + tag))).isEmpty();
    }

    @Test
    void shouldFindPilotsOfACouncilTypeIgnoringCaseButNotPartOfIt() {
        String metropolitan = registerPilot(pilot(tag).with("councilType", "Metropolitan"));
        String county = registerPilot(pilot(tag).with("councilType", "Two tier/ County"));

        assertThat(ids(listed().queryParam("theme", tag).queryParam("councilType", "metropolitan")))
                .containsExactly(metropolitan);
        assertThat(ids(listed().queryParam("theme", tag).queryParam("councilType", "TWO TIER/ COUNTY")))
                .containsExactly(county);
        assertThat(ids(listed().queryParam("theme", tag).queryParam("councilType", "County"))).isEmpty();
    }

    @Test
    void shouldFindPilotsInAProgrammePhase() {
        String counting = registerPilot(pilot(tag));
        String redesigning = registerPilot(pilot(tag));
        movePhase(redesigning, 2, "\"0\"").then().statusCode(200);

        assertThat(ids(listed().queryParam("theme", tag).queryParam("phase", "1"))).containsExactly(counting);
        assertThat(ids(listed().queryParam("theme", tag).queryParam("phase", "2"))).containsExactly(redesigning);
    }

    @Test
    void shouldFindPilotsWithSomethingOverdueOnTheClocksDay() {
        String lateMilestone = registerPilot(pilot(tag));
        planMilestone(lateMilestone, "Pre-Budget Report submission summarised", 1, "2009-09-04").then().statusCode(201);
        String budgetDraft = registerPilot(pilot(tag));
        startSubmission(budgetDraft, "BUDGET-2010").then().statusCode(201);
        String metMilestone = registerPilot(pilot(tag));
        String met = planMilestone(metMilestone, "Spending mapped", 1, "2009-08-01").path("id");
        changeMilestone(metMilestone, met, Map.of("status", "MET", "metOn", "2009-08-28"), "\"0\"").then().statusCode(200);
        String nothing = registerPilot(pilot(tag));

        assertThat(overdue(true)).as("on the due day").isEmpty();
        setClock(PBR_DUE_DAY.plusSeconds(DAY));
        assertThat(overdue(true)).as("the day after").containsExactly(lateMilestone);
        assertThat(overdue(false)).containsExactlyInAnyOrder(budgetDraft, metMilestone, nothing);
        setClock(Instant.parse("2010-02-06T09:00:00Z"));
        assertThat(overdue(true)).as("after the Budget deadline").containsExactlyInAnyOrder(lateMilestone, budgetDraft);
    }

    @Test
    void shouldCombineTheFiltersWithRegionSortingAndPaging() {
        List<String> overdueInTheNorthWest = List.of(
                overduePilot("North West", tag + " Alpha"), overduePilot("North West", tag + " Bravo"),
                overduePilot("North West", tag + " Charlie"));
        overduePilot("London", tag + " Delta");
        registerPilot(pilot(tag).with("region", "North West").with("name", tag + " Echo"));
        setClock(PBR_DUE_DAY.plusSeconds(DAY));

        Response first = given().queryParam("theme", tag).queryParam("region", "North West")
                .queryParam("overdue", "true").queryParam("sort", "-name").queryParam("size", 2).get("/pilots");

        first.then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0))
                .body("items.name", equalTo(List.of(tag + " Charlie", tag + " Bravo")))
                .body("items.phase", equalTo(List.of(1, 1)));
        assertThat(links(first)).containsOnlyKeys("next");
        assertThat(links(first).get("next")).contains("overdue=true").contains("sort=-name").contains("theme=" + tag);
        assertThat(links(first).get("next")).contains("region=North%20West");
        // the link is already encoded: sent as it is
        Response second = given().urlEncodingEnabled(false).get(links(first).get("next"));
        second.then().statusCode(200).body("page", equalTo(1)).body("items.name", equalTo(List.of(tag + " Alpha")));
        assertThat(links(second)).containsOnlyKeys("prev");
        assertThat(ids(second)).containsExactly(overdueInTheNorthWest.get(0));
    }

    @Test
    void shouldRejectFilterValuesItCannotUseNamingTheQueryParameter() {
        assertRejected("phase", "3", "must be 1 (the count) or 2 (service redesign)");
        assertRejected("phase", "one", "must be 1 (the count) or 2 (service redesign)");
        assertRejected("overdue", "yes", "must be true or false");
        assertRejected("theme", "  ", "must not be blank");
        assertRejected("councilType", "\t", "must not be blank");
    }

    // -----------------------------------------------------------------------------------------------

    private PilotJson pilot(String theme) {
        return PilotJson.valid().with("theme", theme.contains(tag) ? theme : theme + " " + tag);
    }

    /** A pilot whose PBR milestone (due on the PBR due day) is still PLANNED. */
    private String overduePilot(String region, String name) {
        String id = registerPilot(pilot(tag).with("region", region).with("name", name));
        planMilestone(id, "Pre-Budget Report submission", 1, "2009-09-04").then().statusCode(201);
        return id;
    }

    private List<String> overdue(boolean overdue) {
        return ids(listed().queryParam("theme", tag).queryParam("overdue", String.valueOf(overdue)));
    }

    private static RequestSpecification listed() {
        return given().queryParam("size", 200);
    }

    private static List<String> ids(RequestSpecification request) {
        return ids(request.get("/pilots").then().statusCode(200).extract().response());
    }

    private static List<String> ids(Response response) {
        return response.path("items.id");
    }

    private static void assertRejected(String parameter, String value, String message) {
        given().queryParam(parameter, value).get("/pilots").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message));
    }

    private static Map<String, String> links(Response response) {
        Map<String, String> links = new HashMap<>();
        Optional.ofNullable(response.header("Link")).ifPresent(header -> {
            Matcher link = LINK.matcher(header);
            while (link.find()) {
                links.put(link.group(2), link.group(1));
            }
        });
        return links;
    }

    private static void setClock(Instant now) {
        QuarkusMock.installMockForType(Clock.fixed(now, ZoneOffset.UTC), Clock.class);
    }
}
