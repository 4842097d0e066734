package org.totalplace.spend.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /national-data/deflators: a series loaded as data, with its reconciliation. */
@QuarkusTest
class DeflatorImportTest {

    private static String name() {
        return "gdp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldLoadGoodRowsAndRejectBadOnesNamingLineAndReason() {
        String series = name();
        String csv = """
                financialYear,index,note
                2009-10,97.5,a
                2010-11,100,b
                2010/11,101,wrong year
                2011-12,-3,negative
                2011-12,102.3,c
                2010-11,100.1,twice

                2012-13,104.0125,d
                """;

        String id = given().contentType("text/csv").body(csv)
                .queryParam("series", series).queryParam("baseYear", "2010-11")
                .queryParam("source", "HM Treasury GDP deflators, March 2014 (test copy)")
                .when().post("/national-data/deflators")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/national-data/deflators/" + series))
                .body("dataset", equalTo("deflator"))
                .body("rowsRead", equalTo(8))
                .body("rowsLoaded", equalTo(4))
                .body("rowsRejected", equalTo(4))
                .body("loadedTotal", nullValue())
                .body("rejections.line", contains(4, 5, 7, 8))
                .body("rejections.column", contains("financialYear", "index", "financialYear", null))
                .body("rejections[2].reason", equalTo("repeats 2010-11 (first on line 3)"))
                .body("rejections[3].reason", equalTo("blank row"))
                .extract().path("id");

        given().when().get("/national-data/imports/" + id).then().statusCode(200).body("rowsRejected", equalTo(4));
        given().when().get("/national-data/deflators/" + series).then().statusCode(200)
                .body("baseYear", equalTo("2010-11"))
                .body("source", equalTo("HM Treasury GDP deflators, March 2014 (test copy)"))
                .body("indices.financialYear", contains("2009-10", "2010-11", "2011-12", "2012-13"))
                .body("indices.index", contains("97.5", "100", "102.3", "104.0125"));
    }

    @Test
    void shouldReplaceASeriesImportedAgainUnderTheSameName() {
        String series = name();
        for (String index : new String[] {"90", "91"}) {
            given().contentType("text/csv").body("financialYear,index\n2009-10," + index + "\n")
                    .queryParam("series", series).queryParam("baseYear", "2009-10").queryParam("source", "test")
                    .when().post("/national-data/deflators").then().statusCode(201);
        }
        given().when().get("/national-data/deflators/" + series).then().statusCode(200)
                .body("indices.index", contains("91"));
    }

    @Test
    void shouldRefuseASeriesWithoutItsBaseYear() {
        given().contentType("text/csv").body("financialYear,index\n2009-10,97.5\n")
                .queryParam("series", name()).queryParam("baseYear", "2013-14").queryParam("source", "test")
                .when().post("/national-data/deflators")
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("baseYear"));
    }

    @Test
    void shouldRefuseMissingParametersAndAHeaderWithoutTheColumns() {
        given().contentType("text/csv").body("financialYear,index\n2009-10,97.5\n")
                .when().post("/national-data/deflators")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors.field", hasItem("series"))
                .body("errors.field", hasItem("baseYear"))
                .body("errors.field", hasItem("source"));
        given().contentType("text/csv").body("year,value\n2009-10,97.5\n")
                .queryParam("series", name()).queryParam("baseYear", "2009-10").queryParam("source", "test")
                .when().post("/national-data/deflators")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void shouldAnswer404ForAnUnknownSeries() {
        given().when().get("/national-data/deflators/no-such-series").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }
}
