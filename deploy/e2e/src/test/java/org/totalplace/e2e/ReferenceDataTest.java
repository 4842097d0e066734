package org.totalplace.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.launcher.ProjectLayout;
import org.totalplace.launcher.ReferenceData;
import org.totalplace.launcher.ServiceSpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ./deploy/run loads the 13 pilots of the seeds through the API; loading again adds nothing. */
class ReferenceDataTest {

    private static final Path PILOTS = ProjectLayout.root().resolve("deploy/reference-data/pilots.json");
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void shouldRegisterTheThirteenPilotsOnceEvenWhenLoadedTwice() throws IOException {
        String pilotsUrl = system.url(ServiceSpec.PILOTS);

        ReferenceData.Outcome first = new ReferenceData(system.token()).loadPilots(PILOTS, pilotsUrl);
        ReferenceData.Outcome second = new ReferenceData(system.token()).loadPilots(PILOTS, pilotsUrl);

        assertThat(first.registered() + first.alreadyPresent()).isEqualTo(13);
        assertThat(second.registered()).isZero();
        assertThat(second.alreadyPresent()).isEqualTo(13);
        for (JsonNode pilot : new ObjectMapper().readTree(PILOTS.toFile()).path("pilots")) {
            given().get(pilotsUrl + "/pilots/" + pilot.path("code").asText())
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldTagThePilotsSoThatPlacesDoingSimilarWorkCanBeFound() {
        String pilotsUrl = system.url(ServiceSpec.PILOTS);
        new ReferenceData(system.token()).loadPilots(PILOTS, pilotsUrl);

        given().get(pilotsUrl + "/pilots/lewisham").then().statusCode(200)
                .body("tags", org.hamcrest.Matchers.equalTo(List.of("reoffending", "work-and-skills", "young-people")));
        // lewisham {reoffending, work-and-skills, young-people}: bradford shares 2 of 6 tags between them (1/3);
        // South Tyneside's and Worcestershire's share 1 of 6 each (1/6), in code order
        given().queryParam("to", "lewisham").get(pilotsUrl + "/places/similar").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.equalTo(
                        List.of("bradford", "south-tyneside-gateshead-sunderland", "worcestershire")))
                .body("items[0].sharedTags", org.hamcrest.Matchers.equalTo(List.of("reoffending", "young-people")));
    }

    @Test
    void shouldBringTheAreasOfAnAlreadyRegisteredPilotBackInLineWithTheFile() {
        String pilotsUrl = system.url(ServiceSpec.PILOTS);
        new ReferenceData(system.token()).loadPilots(PILOTS, pilotsUrl);
        String etag = given().get(pilotsUrl + "/pilots/lewisham").then().statusCode(200).extract().header("ETag");
        given().contentType("application/json").header("If-Match", etag).body(java.util.Map.of("areas", List.of("Croydon")))
                .put(pilotsUrl + "/pilots/lewisham/areas").then().statusCode(200);

        ReferenceData.Outcome again = new ReferenceData(system.token()).loadPilots(PILOTS, pilotsUrl);
        ReferenceData.Outcome onceMore = new ReferenceData(system.token()).loadPilots(PILOTS, pilotsUrl);

        assertThat(again.areasUpdated()).isEqualTo(1);
        assertThat(onceMore.areasUpdated()).isZero();
        assertThat(given().get(pilotsUrl + "/pilots/lewisham/areas").then().statusCode(200).extract()
                .jsonPath().getList("areas.name", String.class)).containsExactly("Lewisham");
    }

    @Test
    void shouldListTheSeedPilotsWithTheirRegionsInTheProgrammeSummary() throws IOException {
        new ReferenceData(system.token()).loadPilots(PILOTS, system.url(ServiceSpec.PILOTS));
        List<String> expected = new ArrayList<>();
        new ObjectMapper().readTree(PILOTS.toFile()).path("pilots")
                .forEach(p -> expected.add(p.path("code").asText() + "|" + p.path("region").asText()));

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<String> codes = given().get(system.url(ServiceSpec.REPORTING) + "/programme")
                    .then().statusCode(200).extract().jsonPath().getList("pilots", java.util.Map.class).stream()
                    .map(p -> p.get("code") + "|" + p.get("region")).toList();
            assertThat(codes).containsAll(expected);
        });
    }
}
