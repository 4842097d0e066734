package org.totalplace.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Set;

/**
 * The RSA key pair that signs the tokens of a local run or a test run: a 2048-bit key, the private half as
 * PKCS#8 PEM readable by its owner only, the public half as X.509 (SubjectPublicKeyInfo) PEM, the format
 * {@code mp.jwt.verify.publickey.location} reads. Never committed: {@code ./deploy/run} keeps it under
 * {@code deploy/.run/keys/} (git-ignored), tests keep it in memory. A real deployment uses its identity
 * provider's keys instead and never sees these.
 */
public final class Keys {

    public static final String PRIVATE_KEY_FILE = "private-key.pem";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    /** reporting-service's key for sealing webhook signing secrets in its database (not part of the pair). */
    public static final String WEBHOOK_SECRET_KEY_FILE = "webhook-secret-key";

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private Keys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh pair that lives only in this JVM. */
    public static Keys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new Keys(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new InfrastructureException("cannot generate an RSA key pair", e);
        }
    }

    /** The pair kept in {@code directory}, created there first if absent. */
    public static Keys inDirectory(Path directory) {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateFile)) {
            Keys keys = fromPrivateKeyPem(read(privateFile));
            if (!Files.exists(publicFile)) {
                write(publicFile, keys.publicKeyPem(), false);
            }
            return keys;
        }
        Keys keys = generate();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new InfrastructureException("cannot create " + directory, e);
        }
        write(privateFile, keys.privateKeyPem(), true);
        write(publicFile, keys.publicKeyPem(), false);
        return keys;
    }

    /** The public key file of the pair in {@code directory} ({@link #inDirectory} creates it). */
    public static Path publicKeyFile(Path directory) {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    /**
     * The file in {@code directory} holding the key that seals webhook signing secrets in reporting-service's
     * database: 32 random bytes in base64, readable by its owner only, created first if absent (and then kept, or
     * the secrets already sealed would no longer open).
     */
    public static Path webhookSecretKeyFile(Path directory) {
        Path file = directory.resolve(WEBHOOK_SECRET_KEY_FILE);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new InfrastructureException("cannot create " + directory, e);
            }
            write(file, Base64.getEncoder().encodeToString(key) + "\n", true);
        }
        return file;
    }

    static Keys fromPrivateKeyPem(String pem) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(decode(pem, "PRIVATE KEY")));
            if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
                throw new InfrastructureException("the private key is not an RSA key with its public exponent");
            }
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new Keys(privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InfrastructureException("the private key file is not a PKCS#8 RSA key in PEM", e);
        }
    }

    /** Reads an X.509 public key PEM (as written by {@link #publicKeyPem()}). */
    public static PublicKey publicKeyFromPem(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InfrastructureException("not an X.509 RSA public key in PEM", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The public key as one line of base64 (DER), as {@code mp.jwt.verify.publickey} takes it inline. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    private String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "RSA key pair (public key only shown as PEM on request)";
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decode(String pem, String type) {
        String body = pem.replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new InfrastructureException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String content, boolean ownerOnly) {
        try {
            if (ownerOnly && Files.getFileStore(file.getParent()).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> owner = PosixFilePermissions.fromString("rw-------");
                Files.createFile(file, PosixFilePermissions.asFileAttribute(owner));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            throw new InfrastructureException(file + " appeared while creating it; run again", e);
        } catch (IOException e) {
            throw new InfrastructureException("cannot write " + file, e);
        }
    }
}
