package org.totalplace.pilots.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.totalplace.pilots.support.Problems.problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.totalplace.pilots.support.PartnerBodyJson;

/** The register of partner bodies: typed, tiered where they are councils, coded where codes exist. */
@QuarkusTest
class PartnerBodyResourceTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void shouldRegisterALocalAuthorityAndReadItBackByIdAndByCodeInAnyCase() {
        PartnerBodyJson council = PartnerBodyJson.localAuthority();

        Response created = register(council);
        String id = created.path("id");

        created.then()
                .statusCode(201)
                .header("Location", endsWith("/partner-bodies/" + id))
                .header("ETag", "\"0\"")
                .body("name", equalTo(council.name()))
                .body("type", equalTo("LOCAL_AUTHORITY"))
                .body("tier", equalTo("METROPOLITAN_DISTRICT"))
                .body("code", equalTo(council.code()))
                .body("region", equalTo("North East"))
                .body("version", equalTo(0));
        given().get(created.header("Location")).then().statusCode(200).header("ETag", "\"0\"")
                .body("code", equalTo(council.code()));
        given().get("/partner-bodies/{code}", council.code()).then().statusCode(200).body("id", equalTo(id));
        given().get("/partner-bodies/{code}", council.code().toLowerCase()).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldRegisterAPrimaryCareTrustByItsOdsCodeKeptInUpperCase() {
        String code = PartnerBodyJson.unusedOdsCode();

        register(PartnerBodyJson.primaryCareTrust().with("code", code.toLowerCase())).then()
                .statusCode(201)
                .body("code", equalTo(code))
                .body("tier", nullValue());
    }

    @Test
    void shouldRegisterABodyWithoutCodeOrRegion() {
        register(PartnerBodyJson.of("THIRD_SECTOR")).then()
                .statusCode(201)
                .body("code", nullValue())
                .body("region", nullValue());
    }

    @Test
    void shouldAnswerNotModifiedWhileTheETagStillMatches() {
        String location = register(PartnerBodyJson.of("POLICE_AUTHORITY")).header("Location");

        given().header("If-None-Match", "\"0\"").get(location).then().statusCode(304);
    }

    // --- the rules of the type ------------------------------------------------------------------------

    @Test
    void shouldRejectALocalAuthorityWithoutATier() {
        PartnerBodyJson council = PartnerBodyJson.localAuthority().without("tier");

        register(council).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("tier"))
                .body("errors[0].message", containsString("LOCAL_AUTHORITY must give its tier"));
        assertNotRegistered(council);
    }

    @Test
    void shouldRejectATierForAPrimaryCareTrust() {
        PartnerBodyJson pct = PartnerBodyJson.primaryCareTrust().with("tier", "UNITARY");

        register(pct).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("tier"))
                .body("errors[0].message", containsString("a PRIMARY_CARE_TRUST must not give one"));
        assertNotRegistered(pct);
    }

    @Test
    void shouldRejectALocalAuthorityCodeThatIsNotAGssCode() {
        register(PartnerBodyJson.localAuthority().with("code", "GATESHEAD")).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("is not an ONS GSS code"));
    }

    @Test
    void shouldRejectAGssCodeOfAnotherTier() {
        register(PartnerBodyJson.localAuthority().with("tier", "COUNTY")).then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("METROPOLITAN_DISTRICT (prefix E08)"));
    }

    @Test
    void shouldRejectAPrimaryCareTrustCodeThatIsNotAnOdsCode() {
        register(PartnerBodyJson.primaryCareTrust().with("code", PartnerBodyJson.unusedGssCode("E08")))
                .then().spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("NHS ODS code"));
    }

    @Test
    void shouldNameEveryBrokenRuleOfTheTypeAtOnce() {
        register(PartnerBodyJson.localAuthority().without("tier").with("code", "5LG")).then()
                .spec(problem(422, "rule-violation"))
                .body("errors.field", equalTo(List.of("tier", "code")));
    }

    @Test
    void shouldRejectACodeWithCharactersNoSchemeUses() {
        register(PartnerBodyJson.of("OTHER").with("code", "E08 000037")).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldRejectAnUnknownTypeListingTheTypes() {
        register(PartnerBodyJson.of("OTHER").with("type", "QUANGO")).then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("FIRE_AND_RESCUE"));
    }

    @Test
    void shouldRejectACodeThatAlreadyIdentifiesAnotherBodyWhateverItsCase() {
        PartnerBodyJson first = PartnerBodyJson.primaryCareTrust();
        register(first).then().statusCode(201);
        PartnerBodyJson second = PartnerBodyJson.primaryCareTrust().with("code", first.code().toLowerCase());

        register(second).then().spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].message", containsString("already identifies partner body '" + first.name() + "'"));
        assertNotRegistered(second);
    }

    // --- replacing --------------------------------------------------------------------------------------

    @Test
    void shouldReplaceABodyWhenIfMatchHasTheCurrentETag() {
        PartnerBodyJson council = PartnerBodyJson.localAuthority();
        String location = register(council).header("Location");
        String newCode = PartnerBodyJson.unusedGssCode("E06");

        put(location, "\"0\"", council.with("tier", "UNITARY").with("code", newCode).with("name", council.name() + " (new)"))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("tier", equalTo("UNITARY"))
                .body("code", equalTo(newCode))
                .body("version", equalTo(1));
        given().get("/partner-bodies/{code}", newCode).then().statusCode(200).body("name", endsWith("(new)"));
    }

    @Test
    void shouldRequireIfMatchToReplaceABody() {
        PartnerBodyJson body = PartnerBodyJson.of("FIRE_AND_RESCUE");
        String location = register(body).header("Location");

        given().contentType(ContentType.JSON).body(body.with("name", body.name() + " renamed").body()).put(location)
                .then().spec(problem(428, "precondition-required"))
                .body("errors[0].field", equalTo("If-Match"));
        given().get(location).then().body("version", equalTo(0)).body("name", equalTo(body.name().replace(" renamed", "")));
    }

    @Test
    void shouldRefuseToReplaceABodyChangedSinceItWasRead() {
        PartnerBodyJson body = PartnerBodyJson.of("GOVERNMENT_OFFICE");
        String location = register(body).header("Location");
        put(location, "\"0\"", body.with("region", "London")).statusCode(200);

        put(location, "\"0\"", body.with("region", "South East")).spec(problem(412, "precondition-failed"))
                .body("detail", containsString("current version \"1\""));
        given().get(location).then().body("region", equalTo("London"));
    }

    @Test
    void shouldApplyTheRulesOfTheTypeWhenReplacing() {
        PartnerBodyJson council = PartnerBodyJson.localAuthority();
        String location = register(council).header("Location");

        put(location, "\"0\"", council.with("type", "POLICE_AUTHORITY").with("code", null))
                .spec(problem(422, "rule-violation"))
                .body("errors[0].field", equalTo("tier"));
    }

    @Test
    void shouldRejectReplacingTheCodeWithAnotherBodysCode() {
        PartnerBodyJson first = PartnerBodyJson.localAuthority();
        register(first).then().statusCode(201);
        PartnerBodyJson second = PartnerBodyJson.localAuthority();
        String location = register(second).header("Location");

        put(location, "\"0\"", second.with("code", first.code())).spec(problem(409, "conflict"))
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownBody() {
        given().get("/partner-bodies/{id}", UUID.randomUUID()).then().spec(problem(404, "not-found"));
        given().get("/partner-bodies/ZZ-NOBODY").then().spec(problem(404, "not-found"));
    }

    // --- listing ----------------------------------------------------------------------------------------

    @Test
    void shouldListOnlyBodiesOfTheRequestedTypeWithTheTextInTheirName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        PartnerBodyJson pct = PartnerBodyJson.primaryCareTrust().with("name", "NHS " + tag + " Primary Care Trust");
        register(pct).then().statusCode(201);
        register(PartnerBodyJson.localAuthority().with("name", tag + " Council")).then().statusCode(201);

        Response listed = given().queryParam("type", "PRIMARY_CARE_TRUST").queryParam("q", tag.toUpperCase())
                .get("/partner-bodies");

        listed.then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo(pct.name()));
        given().queryParam("q", tag).get("/partner-bodies").then().body("total", equalTo(2));
    }

    @Test
    void shouldTreatPercentAndUnderscoreInTheNameTextAsThemselves() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        register(PartnerBodyJson.of("THIRD_SECTOR").with("name", "Charity " + tag + " 100% local")).then().statusCode(201);
        register(PartnerBodyJson.of("THIRD_SECTOR").with("name", "Charity " + tag + " 1000 local")).then().statusCode(201);

        given().queryParam("q", tag + " 100%").get("/partner-bodies").then().statusCode(200).body("total", equalTo(1));
        given().queryParam("q", tag + " 10_0").get("/partner-bodies").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldListPartnerBodiesAPageAtATimeSortedByName() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            register(PartnerBodyJson.of("OTHER").with("name", tag + " " + name)).then().statusCode(201);
        }
        List<String> names = new ArrayList<>();

        Response page = given().queryParam("q", tag).queryParam("size", 2).queryParam("sort", "-name").get("/partner-bodies");
        page.then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2));
        names.addAll(page.path("items.name"));
        Matcher next = NEXT.matcher(page.header("Link"));
        assertThat(next.find()).isTrue();
        names.addAll(given().get(next.group(1)).then().statusCode(200).extract().<List<String>>path("items.name"));

        assertThat(names).containsExactly(tag + " Charlie", tag + " Bravo", tag + " Alpha");
    }

    @Test
    void shouldRejectAnUnknownTypeFilterOrSortField() {
        given().queryParam("type", "COUNCIL").get("/partner-bodies").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("LOCAL_AUTHORITY"));
        given().queryParam("sort", "region").get("/partner-bodies").then().spec(problem(400, "validation"))
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void shouldDocumentEveryPartnerBodyMembershipAndRoleOperation() throws Exception {
        JsonNode paths = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).path("paths");
        List<String> operationIds = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties()
                .forEach(method -> operationIds.add(method.getValue().path("operationId").asText())));

        assertThat(operationIds).contains("listPartnerBodies", "getPartnerBody", "registerPartnerBody",
                "replacePartnerBody", "listPilotsOfPartnerBody", "listPilotPartnerBodies", "joinPilot",
                "getPilotPartnerBody", "leavePilot", "listPilotRoles", "assignPilotRole", "getPilotRole", "endPilotRole");
        assertThat(paths.at("/~1partner-bodies/post/responses").has("422")).isTrue();
        assertThat(paths.at("/~1pilots~1{idOrCode}~1roles/post/responses").has("409")).isTrue();
    }

    // -----------------------------------------------------------------------------------------------

    private static Response register(PartnerBodyJson body) {
        return given().contentType(ContentType.JSON).body(body.body()).post("/partner-bodies");
    }

    private static ValidatableResponse put(String location, String ifMatch, PartnerBodyJson body) {
        Map<String, Object> fields = body.body();
        return given().contentType(ContentType.JSON).header("If-Match", ifMatch).body(fields).put(location).then();
    }

    private static void assertNotRegistered(PartnerBodyJson body) {
        given().queryParam("q", body.name()).get("/partner-bodies").then().statusCode(200).body("total", equalTo(0));
    }
}
