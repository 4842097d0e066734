package org.totalplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackOptionsTest {

    @Test
    void shouldKeepTheRunsKeysWhereDeployTokenFindsThemAndTakeTheIssuerFromTheEnvironment() {
        Path root = Path.of("/tmp/project");

        Stack.Options run = Stack.Options.forRun(root.resolve("deploy/.run"), TokenCommand.keysDirectory(root),
                Map.of("TOTALPLACE_JWT_ISSUER", "https://login.example.gov.uk/realms/totalplace"));

        assertThat(run.keysDirectory()).isEqualTo(Path.of("/tmp/project/deploy/.run/keys"));
        assertThat(run.issuer()).isEqualTo("https://login.example.gov.uk/realms/totalplace");
        assertThat(Stack.Options.forRun(root.resolve("deploy/.run"), TokenCommand.keysDirectory(root), Map.of()).issuer())
                .isEqualTo("urn:totalplace:local");
    }

    @Test
    void shouldGiveATestStackAFreshKeyPairInItsWorkDirectory() {
        Stack.Options test = Stack.Options.forTest(Path.of("/tmp/e2e-run"));

        assertThat(test.keysDirectory()).isEqualTo(Path.of("/tmp/e2e-run/keys"));
        assertThat(test.issuer()).isEqualTo(Tokens.DEFAULT_ISSUER);
    }
}
