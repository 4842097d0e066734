package org.totalplace.reporting.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The test vector the Standard Webhooks specification publishes; a receiver using any library of that
    // specification verifies our deliveries only if we reproduce it.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void shouldReproduceTheStandardWebhooksTestVector() {
        assertThat(WebhookSignature.header(List.of(WebhookSignature.keyOf(SECRET)), ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void shouldSignOncePerSecretSeparatedBySpaces() {
        byte[] next = new byte[32];
        next[0] = 7;

        String header = WebhookSignature.header(List.of(WebhookSignature.keyOf(SECRET), next), ID, TIMESTAMP, BODY);

        assertThat(header.split(" ")).containsExactly("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                "v1," + WebhookSignature.sign(next, ID, TIMESTAMP, BODY));
    }

    @Test
    void shouldChangeWhenTheBodyOrTheTimestampChanges() {
        byte[] key = WebhookSignature.keyOf(SECRET);
        String signed = WebhookSignature.sign(key, ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.sign(key, ID, TIMESTAMP + 1, BODY)).isNotEqualTo(signed);
        assertThat(WebhookSignature.sign(key, ID, TIMESTAMP, BODY + " ")).isNotEqualTo(signed);
    }

    @Test
    void shouldDisplayASecretThatReadsBackToItsKey() {
        byte[] key = new byte[32];
        key[31] = 42;

        assertThat(WebhookSignature.display(key)).startsWith("whsec_");
        assertThat(WebhookSignature.keyOf(WebhookSignature.display(key))).isEqualTo(key);
    }
}
