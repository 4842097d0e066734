package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingKeyTest {

    @Test
    void shouldReadTheSeedSpellingsOfManchesterAndWarringtonAlike() {
        assertThat(SpellingKey.of("Manchester & Warrington")).isEqualTo("manchester and warrington")
                .isEqualTo(SpellingKey.of("manchester and warrington"))
                .isEqualTo(SpellingKey.of("  MANCHESTER   &Warrington "));
    }

    @Test
    void shouldReadSlashesAndCommasAsSeparators() {
        assertThat(SpellingKey.of("Luton/ Central Beds")).isEqualTo("luton central beds")
                .isEqualTo(SpellingKey.of("Luton, Central Beds"))
                .isEqualTo(SpellingKey.of("luton /central beds"));
        assertThat(SpellingKey.of("South Tyneside/ Gateshead/ Sunderland"))
                .isEqualTo(SpellingKey.of("South Tyneside, Gateshead, Sunderland"));
    }

    @Test
    void shouldReadAnAmpersandAsAndEvenWithoutSpaces() {
        assertThat(SpellingKey.of("Luton&Central Bedfordshire")).isEqualTo(SpellingKey.of("Luton and Central Bedfordshire"));
    }

    @Test
    void shouldCollapseTabsAndNoBreakSpaces() {
        assertThat(SpellingKey.of("City\u00A0and\tCounty of  Swansea")).isEqualTo("city and county of swansea");
    }

    @Test
    void shouldKeepWordsThatDifferApart() {
        assertThat(SpellingKey.same("10 Manchester LAs and Warrington", "Manchester & Warrington")).isFalse();
        assertThat(SpellingKey.same("Coventry", "Coventry, Solihull and Warwickshire")).isFalse();
    }

    @Test
    void shouldGiveNothingAnEmptyKey() {
        assertThat(SpellingKey.of(null)).isEmpty();
        assertThat(SpellingKey.of(" / , ")).isEmpty();
    }
}
