package org.totalplace.pilots.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionTest {

    @Test
    void shouldNameTheNineEnglishRegionsOfficially() {
        assertThat(Region.displayNames()).containsExactly("North East", "North West", "Yorkshire and The Humber",
                "East Midlands", "West Midlands", "East of England", "London", "South East", "South West");
    }

    @Test
    void shouldFindARegionOnlyByItsExactName() {
        assertThat(Region.fromDisplayName("Yorkshire and The Humber")).contains(Region.YORKSHIRE_AND_THE_HUMBER);
        assertThat(Region.fromDisplayName("Yorkshire and Humber")).isEmpty();
        assertThat(Region.fromDisplayName("london")).isEmpty();
        assertThat(Region.fromDisplayName("LONDON")).isEmpty();
        assertThat(Region.fromDisplayName(null)).isEmpty();
    }
}
