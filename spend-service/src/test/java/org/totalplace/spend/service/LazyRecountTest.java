package org.totalplace.spend.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.totalplace.spend.support.KnownPilots;
import org.totalplace.spend.support.RecountMarks;

/**
 * With no recount worker on this instance: an import only marks its year, and whoever reads the year's figures
 * recounts it first, so a read right after an import always includes it.
 */
@QuarkusTest
@TestProfile(LazyRecountTest.NoWorker.class)
class LazyRecountTest {

    public static class NoWorker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("totalplace.recount.worker", "false");
        }
    }

    @Inject
    KnownPilots pilots;

    @Inject
    RecountMarks marks;

    @Test
    void shouldRecountAMarkedYearWhenItsCountIsReadAndNotBefore() {
        UUID pilot = pilots.known("Lazy " + UUID.randomUUID(), "North East", List.of("GAT||Gateshead"));

        marks.importSmallLedger(pilot, "2011-12", "250.50");

        assertThat(marks.marked(pilot, "2011-12")).isTrue();
        assertThat(marks.latestBottomUpTotal(pilot, "2011-12")).isNull();
        String counted = given().queryParam("year", "2011-12").queryParam("ruleVersion", "1")
                .when().get("/pilots/{id}/count", pilot)
                .then().statusCode(200).extract().path("methods.find { it.method == 'bottom-up' }.counted.amount");
        assertThat(counted).isEqualTo("250.50");
        assertThat(marks.marked(pilot, "2011-12")).isFalse();
        assertThat(marks.latestBottomUpTotal(pilot, "2011-12")).isEqualTo("250.50");
    }

    @Test
    void shouldMarkTheYearAgainWhenAnImportIsWithdrawnAndCountItOutOnTheNextRead() {
        UUID pilot = pilots.known("Lazy " + UUID.randomUUID(), "North East", List.of("GAT||Gateshead"));
        String importId = marks.importSmallLedgerReturningImport(pilot, "2012-13", "99.99");
        given().queryParam("year", "2012-13").when().get("/pilots/{id}/count", pilot).then().statusCode(200);
        assertThat(marks.marked(pilot, "2012-13")).isFalse();

        given().contentType(ContentType.JSON).body("{\"reason\":\"wrong body\"}")
                .when().post("/imports/{id}/withdraw", importId).then().statusCode(200);

        assertThat(marks.marked(pilot, "2012-13")).isTrue();
        String counted = given().queryParam("year", "2012-13").queryParam("ruleVersion", "1")
                .when().get("/pilots/{id}/count", pilot)
                .then().statusCode(200).extract().path("methods.find { it.method == 'bottom-up' }.counted.amount");
        assertThat(counted).isIn(null, "0.00");
        assertThat(marks.marked(pilot, "2012-13")).isFalse();
    }

    @Test
    void shouldBringMarkedYearsUpToDateBeforeAnAggregateAnswers() {
        UUID pilot = pilots.known("Lazy " + UUID.randomUUID(), "North East", List.of("GAT||Gateshead"));
        marks.importSmallLedger(pilot, "2013-14", "10.01");
        assertThat(marks.marked(pilot, "2013-14")).isTrue();

        String amount = given().queryParam("cut", "pilot:" + pilot + "|financialYear:2013-14|method:bottom-up")
                .when().get("/aggregate")
                .then().statusCode(200).extract().path("summary.'amount.sum'.amount");

        assertThat(amount).isEqualTo("10.01");
        assertThat(marks.marked(pilot, "2013-14")).isFalse();
    }
}
