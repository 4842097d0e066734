package org.totalplace.reporting.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.totalplace.reporting.domain.webhook.WebhookSecret;
import org.totalplace.reporting.domain.webhook.WebhookSignature;

/** Signing secrets are stored sealed, open to the key that was shown, and rows from before sealing get sealed. */
@QuarkusTest
class WebhookSecretSealingTest {

    @Inject
    DataSource dataSource;

    @Inject
    WebhookSecretBox box;

    @Inject
    WebhookSecretSealing sealing;

    @Test
    void shouldStoreNoSigningSecretInTheClear() throws Exception {
        Map<String, String> created = subscribe();
        UUID id = UUID.fromString(created.get("id"));
        byte[] key = WebhookSignature.keyOf(created.get("secret"));
        String rotated = given().post("/webhook-subscriptions/{id}/secret-rotations", id).then().statusCode(201)
                .extract().jsonPath().getString("secret");

        List<Stored> rows = stored(id);

        assertThat(rows).hasSize(2).allSatisfy(row -> {
            assertThat(row.sealed()).isTrue();
            assertThat(indexOf(row.bytes(), key)).isEqualTo(-1);
            assertThat(indexOf(row.bytes(), WebhookSignature.keyOf(rotated))).isEqualTo(-1);
        });
        assertThat(rows).extracting(row -> WebhookSignature.display(box.open(id, row.bytes())))
                .containsExactlyInAnyOrder(created.get("secret"), rotated);
    }

    @Test
    void shouldSealSecretsStoredBeforeSealingBegan() throws Exception {
        UUID id = UUID.fromString(subscribe().get("id"));
        byte[] legacy = new byte[32];
        for (int i = 0; i < legacy.length; i++) {
            legacy[i] = (byte) (i * 7 + 1);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into webhook_secret "
                     + "(id, subscription_id, secret, created_at, sealed) values (?, ?, ?, ?, false)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, id);
            insert.setBytes(3, legacy);
            insert.setObject(4, java.sql.Timestamp.from(Instant.parse("2010-01-01T00:00:00Z")));
            insert.executeUpdate();
        }

        int sealed = QuarkusTransaction.requiringNew().call(sealing::sealUnsealed);

        assertThat(sealed).isGreaterThanOrEqualTo(1);
        List<Stored> rows = stored(id);
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.sealed()).isTrue());
        assertThat(rows).filteredOn(row -> indexOf(row.bytes(), legacy) >= 0).isEmpty();
        assertThat(rows).extracting(row -> box.open(id, row.bytes())).anySatisfy(key -> assertThat(key).isEqualTo(legacy));
        assertThat(QuarkusTransaction.requiringNew().call(WebhookSecret::unsealed)).isEmpty();
    }

    @Test
    void shouldNotOpenASecretSealedForAnotherSubscriptionOrAltered() {
        UUID one = UUID.randomUUID();
        byte[] sealed = box.seal(one, new byte[] {1, 2, 3});

        assertThat(box.open(one, sealed)).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> box.open(UUID.randomUUID(), sealed)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
        byte[] altered = sealed.clone();
        altered[altered.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(one, altered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not open");
        assertThat(box.seal(one, new byte[] {1, 2, 3})).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    private record Stored(byte[] bytes, boolean sealed) {
    }

    private static Map<String, String> subscribe() {
        Map<String, Object> body = Map.of("name", "GO North East sealing check",
                "url", "https://go.example.invalid/hooks", "region", "North East",
                "eventTypes", List.of("totalplace.spend.pilot-totals-changed.v1"),
                "pilotIds", List.of(UUID.randomUUID().toString()));
        var created = given().contentType(ContentType.JSON).body(body).post("/webhook-subscriptions").then()
                .statusCode(201).extract().jsonPath();
        return Map.of("id", created.getString("id"), "secret", created.getString("secret"));
    }

    private List<Stored> stored(UUID subscription) throws Exception {
        List<Stored> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select secret, sealed from webhook_secret where subscription_id = ?")) {
            select.setObject(1, subscription);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Stored(result.getBytes(1), result.getBoolean(2)));
                }
            }
        }
        return rows;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = haystack[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
