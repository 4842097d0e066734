package org.totalplace.reporting.events;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What a Government Office's receiver does with a delivery, written independently of the service's signing code
 * (JDK only): recompute HMAC-SHA256 over {@code id.timestamp.body} with its secret, compare in constant time with
 * each {@code v1,} signature of the header, and refuse a timestamp too far from now.
 */
final class ReceiverVerification {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private ReceiverVerification() {
    }

    static boolean verifies(String secret, TestReceiver.Received delivery, Instant now) {
        String id = delivery.header("webhook-id");
        String timestamp = delivery.header("webhook-timestamp");
        String signatures = delivery.header("webhook-signature");
        if (id == null || timestamp == null || signatures == null || !secret.startsWith("whsec_")) {
            return false;
        }
        Instant signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp));
        if (Duration.between(signedAt, now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        byte[] expected = hmac(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                id + "." + timestamp + "." + delivery.body());
        for (String signature : signatures.split(" ")) {
            if (signature.startsWith("v1,")) {
                byte[] given = Base64.getDecoder().decode(signature.substring(3));
                if (MessageDigest.isEqual(expected, given)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] hmac(byte[] key, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A secret of the right shape that the service never issued. */
    static String someOtherSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
