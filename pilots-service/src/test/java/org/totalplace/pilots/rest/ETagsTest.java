package org.totalplace.pilots.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.totalplace.pilots.service.ExpectedVersion;
import org.totalplace.pilots.service.PreconditionFailedException;
import org.totalplace.pilots.service.PreconditionRequiredException;

class ETagsTest {

    @Test
    void shouldWriteTheVersionAsAStrongTag() {
        assertThat(ETags.of(3).getValue()).isEqualTo("3");
        assertThat(ETags.of(3).isWeak()).isFalse();
    }

    @Test
    void shouldRequireIfMatch() {
        assertThatThrownBy(() -> ETags.ifMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.ifMatch("  ")).isInstanceOf(PreconditionRequiredException.class);
    }

    @Test
    void shouldMatchAnyOfTheListedVersions() {
        ExpectedVersion expected = ETags.ifMatch("\"2\", \"3\"");
        expected.check(3);
        expected.check(2);
        assertThatThrownBy(() -> expected.check(4)).isInstanceOf(PreconditionFailedException.class)
                .hasMessageContaining("\"2\", \"3\"").hasMessageContaining("\"4\"");
    }

    @Test
    void shouldMatchEveryVersionWithAStar() {
        ETags.ifMatch("*").check(42);
    }

    @Test
    void shouldNeverMatchWeakOrUnreadableTags() {
        assertThatThrownBy(() -> ETags.ifMatch("W/\"3\"").check(3)).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ETags.ifMatch("3").check(3)).isInstanceOf(PreconditionFailedException.class);
    }
}
