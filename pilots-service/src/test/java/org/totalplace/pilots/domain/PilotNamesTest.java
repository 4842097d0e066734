package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PilotNamesTest {

    private final PilotNames manchester = new PilotNames("manchester-warrington", "Manchester & Warrington",
            List.of("10 Manchester LAs and Warrington", "Manchester city region"));

    @Test
    void shouldFindNoClashBetweenDifferentPilots() {
        PilotNames lewisham = new PilotNames("lewisham", "Lewisham", List.of("London Borough of Lewisham"));
        assertThat(lewisham.clashesWith(manchester)).isEmpty();
    }

    @Test
    void shouldRejectAnAliasEqualToAnotherPilotsNameIgnoringCase() {
        PilotNames candidate = new PilotNames("warrington", "Warrington", List.of("Borough of Warrington", "MANCHESTER & warrington"));
        assertThat(candidate.clashesWith(manchester))
                .containsExactly(new NameClash("aliases[1]", "MANCHESTER & warrington", "manchester-warrington"));
    }

    @Test
    void shouldRejectAnAliasEqualToAnotherPilotsCode() {
        PilotNames candidate = new PilotNames("greater-manchester", "Greater Manchester", List.of("Manchester-Warrington"));
        assertThat(candidate.clashesWith(manchester)).extracting(NameClash::field).containsExactly("aliases[0]");
    }

    @Test
    void shouldRejectANameEqualToAnotherPilotsAlias() {
        PilotNames candidate = new PilotNames("manchester", "Manchester City Region", List.of());
        assertThat(candidate.clashesWith(manchester)).singleElement().satisfies(clash -> {
            assertThat(clash.field()).isEqualTo("name");
            assertThat(clash.reason()).isEqualTo("'Manchester City Region' already identifies pilot 'manchester-warrington'");
        });
    }

    @Test
    void shouldRejectACodeTakenByAnotherPilot() {
        PilotNames candidate = new PilotNames("manchester-warrington", "Somewhere else", List.of());
        assertThat(candidate.clashesWith(manchester)).extracting(NameClash::field).containsExactly("code");
    }

    @Test
    void shouldRejectAnAliasThatSpellsAnotherPilotsNameDifferently() {
        PilotNames candidate = new PilotNames("other", "Other", List.of("manchester and warrington", "MANCHESTER/ city region"));
        assertThat(candidate.clashesWith(manchester)).extracting(NameClash::field).containsExactly("aliases[0]", "aliases[1]");
        PilotNames luton = new PilotNames("luton", "Luton & Central Bedfordshire", List.of("Luton/ Central Beds"));
        assertThat(new PilotNames("beds", "Luton and Central Bedfordshire", List.of("Luton, Central Beds")).clashesWith(luton))
                .extracting(NameClash::field).containsExactly("name", "aliases[0]");
    }

    @Test
    void shouldListEveryNameInComparableForm() {
        assertThat(manchester.keys()).containsExactly("manchester-warrington", "manchester and warrington",
                "10 manchester las and warrington", "manchester city region");
    }
}
