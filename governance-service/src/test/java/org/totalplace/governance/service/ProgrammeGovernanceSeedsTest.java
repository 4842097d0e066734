package org.totalplace.governance.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.governance.support.StoredRows;

/** The ministerial group, the officials' group and the Improvement Board as seeds 000 and 002 describe them. */
@QuarkusTest
class ProgrammeGovernanceSeedsTest {

    @Inject
    StoredRows rows;

    @Inject
    ProgrammeGovernanceSeeds seeds;

    @Test
    void shouldLoadTheMinisterialGroupChairedByTheSecretaryOfStateForClg() {
        given().when().get("/groups/ministerial-group")
                .then().statusCode(200)
                .body("kind", equalTo("MINISTERIAL"))
                .body("chair", equalTo("Secretary of State for Communities and Local Government"))
                .body("purpose", containsString("barriers and incentives for joint working are addressed swiftly"));
    }

    @Test
    void shouldLoadTheMinisterialGroupsMembersWithTheLgaSeatAndItsAlternate() {
        JsonPath members = given().queryParam("history", true).queryParam("size", 50)
                .when().get("/groups/ministerial-group/memberships")
                .then().statusCode(200)
                .body("total", equalTo(10))
                .body("items.from", everyItem(equalTo("2009-04-22")))
                .body("items.post", hasItems(
                        "Secretary of State for Communities and Local Government",
                        "Chief Secretary to the Treasury",
                        "Minister for Communities and Local Government",
                        "Minister for the Cabinet Office",
                        "Secretary of State for the Home Department",
                        "Secretary of State for Work and Pensions",
                        "Secretary of State for Children, Schools and Families",
                        "Secretary of State for Health"))
                .extract().jsonPath();

        List<Map<String, Object>> items = members.getList("items");
        Map<String, Object> chair = only(items, "role", "CHAIR");
        Map<String, Object> eaton = only(items, "person", "Cllr Margaret Eaton");
        Map<String, Object> parsons = only(items, "person", "Cllr David Parsons");
        assertThat(chair.get("post")).isEqualTo("Secretary of State for Communities and Local Government");
        assertThat(eaton.get("role")).isEqualTo("MEMBER");
        assertThat(eaton.get("onBehalfOf")).isEqualTo("LGA");
        assertThat(parsons.get("role")).isEqualTo("ALTERNATE");
        assertThat(parsons.get("alternateFor")).isEqualTo(eaton.get("id"));
        assertThat(only(items, "post", "Chief Secretary to the Treasury").get("onBehalfOf")).isEqualTo("HM Treasury");
    }

    @Test
    void shouldLoadTheOfficialsGroupChairedByLordBichardMeetingMonthly() {
        given().when().get("/groups/officials-group")
                .then().statusCode(200)
                .body("kind", equalTo("OFFICIALS"))
                .body("cadence", equalTo("MONTHLY"))
                .body("chair", equalTo("Lord Michael Bichard"))
                .body("purpose", containsString("oversight for the work of Total Place at national level"));
        given().when().get("/groups/officials-group/memberships")
                .then().statusCode(200)
                .body("items.person", containsInAnyOrder("Lord Michael Bichard"))
                .body("items.role", containsInAnyOrder("CHAIR"));
        given().when().get("/groups/improvement-board")
                .then().statusCode(200)
                .body("kind", equalTo("IMPROVEMENT_BOARD"));
    }

    @Test
    void shouldEmitAnEventForEverySeededGroupAndMembership() {
        assertThat(rows.groupAndMembershipEventsAbout(idOf("ministerial-group"))).as("group-created and ten memberships").isEqualTo(11);
        assertThat(rows.groupAndMembershipEventsAbout(idOf("officials-group"))).as("group-created and the chair").isEqualTo(2);
        assertThat(rows.groupAndMembershipEventsAbout(idOf("improvement-board"))).as("group-created").isEqualTo(1);
    }

    @Test
    void shouldAddNothingWhenTheSeedsAreLoadedAgain() {
        long outboxBefore = rows.outboxRows();

        assertThat(seeds.load()).isZero();
        assertThat(seeds.load()).isZero();

        for (String code : ProgrammeGovernanceSeeds.codes()) {
            assertThat(rows.groupsWithCode(code)).as(code).isOne();
        }
        assertThat(rows.outboxRows()).isEqualTo(outboxBefore);
        given().queryParam("history", true).when().get("/groups/ministerial-group/memberships")
                .then().statusCode(200).body("total", equalTo(10));
        given().queryParam("history", true).when().get("/groups/officials-group/memberships")
                .then().statusCode(200).body("total", equalTo(1));
    }

    private static UUID idOf(String code) {
        return UUID.fromString(given().when().get("/groups/" + code).then().statusCode(200).extract().path("id"));
    }

    private static Map<String, Object> only(List<Map<String, Object>> items, String field, Object value) {
        List<Map<String, Object>> matching = items.stream().filter(item -> value.equals(item.get(field))).toList();
        assertThat(matching).as(field + " = " + value).hasSize(1);
        return matching.get(0);
    }
}
