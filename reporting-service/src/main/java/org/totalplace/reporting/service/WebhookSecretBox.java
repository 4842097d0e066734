package org.totalplace.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.totalplace.reporting.config.WebhookConfig;
import org.totalplace.reporting.domain.webhook.WebhookSecret;

/**
 * Seals webhook signing secrets for storage and opens them for signing: AES-256-GCM under a key read from a file
 * outside the database ({@code totalplace.webhooks.secret-key-location}: 32 random bytes in base64, which
 * {@code ./deploy/run} makes under {@code deploy/.run/keys}), with the subscription's id as associated data, so a
 * sealed secret copied to another subscription's row does not open. Stored form: a version byte, the 12-byte nonce,
 * then the ciphertext and its tag.
 */
@ApplicationScoped
public class WebhookSecretBox {

    private static final byte VERSION = 1;
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    @Inject
    WebhookSecretBox(WebhookConfig config) {
        this(load(Path.of(config.secretKeyLocation())));
    }

    WebhookSecretBox(SecretKey key) {
        this.key = key;
    }

    /** The secret sealed for the row of subscription {@code subscriptionId}. */
    public byte[] seal(UUID subscriptionId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(subscriptionId));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The key a stored row signs with (a row from before sealing began holds it as it is). */
    public byte[] open(WebhookSecret stored) {
        return stored.sealed ? open(stored.subscriptionId, stored.secret) : stored.secret.clone();
    }

    byte[] open(UUID subscriptionId, byte[] sealed) {
        if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalStateException("a webhook secret of subscription " + subscriptionId
                    + " is not in the sealed form this service writes");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(associated(subscriptionId));
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("a webhook secret of subscription " + subscriptionId + " does not open "
                    + "with this service's key: the key file is not the one it was sealed with, or the row was altered",
                    e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** Reads the key file; the message names the file and what it needs, never what it holds. */
    static SecretKey load(Path file) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the webhook secret key " + file.toAbsolutePath()
                    + " (totalplace.webhooks.secret-key-location): ./deploy/run makes one; elsewhere give "
                    + KEY_BYTES + " random bytes in base64, e.g. `openssl rand -base64 32`", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the webhook secret key " + file.toAbsolutePath() + " is not base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("the webhook secret key " + file.toAbsolutePath() + " must be "
                    + KEY_BYTES + " bytes (base64 of 32 random bytes), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static byte[] associated(UUID subscriptionId) {
        return ("webhook-secret:" + subscriptionId).getBytes(StandardCharsets.US_ASCII);
    }
}
