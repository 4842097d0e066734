package org.totalplace.reporting.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery, after the Standard Webhooks scheme: HMAC-SHA256 keyed with the secret's bytes over
 * {@code <webhook-id>.<webhook-timestamp>.<body>}, base64-encoded and prefixed with the version {@code v1,}. With
 * several valid secrets (a rotation's grace period) there is one signature per secret, separated by spaces; a
 * receiver accepts the delivery when any of them matches one of its secrets.
 */
public final class WebhookSignature {

    public static final String VERSION = "v1";
    /** How secrets are shown to their owner: {@code whsec_} then the base64 of the key bytes. */
    public static final String SECRET_PREFIX = "whsec_";

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} header value for the body, signed with each key in turn. */
    public static String header(List<byte[]> keys, String id, long timestampSeconds, String body) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("at least one key is needed to sign");
        }
        List<String> signatures = new ArrayList<>(keys.size());
        for (byte[] key : keys) {
            signatures.add(VERSION + "," + sign(key, id, timestampSeconds, body));
        }
        return String.join(" ", signatures);
    }

    /** base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)). */
    public static String sign(byte[] key, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The secret as its owner sees it once: {@code whsec_<base64>}. */
    public static String display(byte[] key) {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The key bytes of a displayed secret. */
    public static byte[] keyOf(String displayed) {
        if (displayed == null || !displayed.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a secret starts with " + SECRET_PREFIX);
        }
        return Base64.getDecoder().decode(displayed.substring(SECRET_PREFIX.length()));
    }
}
