package org.totalplace.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @TempDir
    Path keysDirectory;

    @Test
    void shouldMintATokenThatVerifiesAgainstTheGeneratedPublicKeyAndCarriesTheClaims() throws Exception {
        Keys keys = Keys.inDirectory(keysDirectory);
        Tokens tokens = new Tokens(keys, Tokens.DEFAULT_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC));

        String token = tokens.mint(new Tokens.Claims("alice@example.gov.uk", "pilot-lead",
                List.of("lewisham", "croydon"), "London"), Duration.ofHours(8));

        String publicPem = Files.readString(Keys.publicKeyFile(keysDirectory), StandardCharsets.US_ASCII);
        JwtClaims claims = verifier(publicPem, NOW.plusSeconds(60)).processToClaims(token);
        assertThat(claims.getIssuer()).isEqualTo("urn:totalplace:local");
        assertThat(claims.getSubject()).isEqualTo("alice@example.gov.uk");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("pilot-lead");
        assertThat(claims.getStringListClaimValue("pilots")).containsExactly("lewisham", "croydon");
        assertThat(claims.getStringClaimValue("region")).isEqualTo("London");
        assertThat(claims.getIssuedAt().getValue()).isEqualTo(NOW.getEpochSecond());
        assertThat(claims.getExpirationTime().getValue()).isEqualTo(NOW.plus(Duration.ofHours(8)).getEpochSecond());
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        Keys ours = Keys.inDirectory(keysDirectory);
        String forged = new Tokens(Keys.generate(), Tokens.DEFAULT_ISSUER, Clock.fixed(NOW, ZoneOffset.UTC))
                .programmeOffice(Duration.ofHours(1));

        assertThatThrownBy(() -> verifier(ours.publicKeyPem(), NOW).processToClaims(forged))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void shouldKeepThePrivateKeyOwnerOnlyAndReuseThePairOnTheNextRun() throws Exception {
        Keys first = Keys.inDirectory(keysDirectory);
        Keys second = Keys.inDirectory(keysDirectory);

        assertThat(second.publicKeyPem()).isEqualTo(first.publicKeyPem());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keysDirectory.resolve(Keys.PRIVATE_KEY_FILE))))
                .isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain("PRIVATE").doesNotContain(first.publicKeyBase64());
    }

    @Test
    void rejectsARoleOrRegionThatDoesNotExist() {
        assertThatThrownBy(() -> new Tokens.Claims("x", "admin", List.of(), null))
                .hasMessageContaining("unknown role 'admin'");
        assertThatThrownBy(() -> new Tokens.Claims("x", "reader", List.of(), "Wales"))
                .hasMessageContaining("unknown region 'Wales'");
    }

    @Test
    void shouldReadTheTokenCommandsOptions() {
        TokenCommand.Request request = TokenCommand.parse(List.of("--role", "pilot-lead", "--pilot", "lewisham",
                "--pilot", "croydon", "--region", "London", "--subject", "alice@example.gov.uk", "--hours", "2"));

        assertThat(request.claims()).isEqualTo(new Tokens.Claims("alice@example.gov.uk", "pilot-lead",
                List.of("lewisham", "croydon"), "London"));
        assertThat(request.lifetime()).isEqualTo(Duration.ofHours(2));
        assertThat(TokenCommand.parse(List.of("--role", "reader")).claims().subject()).isEqualTo("reader@totalplace.local");
        assertThatThrownBy(() -> TokenCommand.parse(List.of("--pilot", "lewisham"))).hasMessageContaining("--role is required");
    }

    private static JwtConsumer verifier(String publicKeyPem, Instant at) {
        return new JwtConsumerBuilder()
                .setVerificationKey(Keys.publicKeyFromPem(publicKeyPem))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "RS256")
                .setExpectedIssuer("urn:totalplace:local")
                .setRequireExpirationTime()
                .setEvaluationTime(org.jose4j.jwt.NumericDate.fromSeconds(at.getEpochSecond()))
                .build();
    }
}
