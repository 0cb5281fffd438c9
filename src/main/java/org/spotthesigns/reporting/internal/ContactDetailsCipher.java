package org.spotthesigns.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.reporting.ContactDetailsProperties;
import org.spotthesigns.shared.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * AES-GCM for reporters' contact details: a fresh 96-bit nonce per value, stored in front of the
 * ciphertext, and the authentication tag checked on every read, so a value changed in the
 * database fails to decrypt rather than showing altered words.
 */
@Component
public class ContactDetailsCipher implements FieldCipher {

    private static final Logger log = LoggerFactory.getLogger(ContactDetailsCipher.class);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    ContactDetailsCipher(ContactDetailsProperties properties) {
        this.key = loadKey(properties);
    }

    @Override
    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("contact details cannot be encrypted", e);
        }
    }

    @Override
    public String decrypt(String stored) {
        try {
            byte[] bytes = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("stored contact details cannot be decrypted: wrong key or altered data", e);
        }
    }

    private static SecretKey loadKey(ContactDetailsProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return aesKey(properties.key().strip(), "spotthesigns.contact-details.key");
        }
        if (properties.developmentKeyFile() == null
                || properties.developmentKeyFile().isBlank()) {
            throw new IllegalStateException(
                    "No key for reporters' contact details: set spotthesigns.contact-details.key "
                            + "(environment SPOTTHESIGNS_CONTACT_DETAILS_KEY) to the Base64 of 32 random bytes, "
                            + "for example the output of: openssl rand -base64 32");
        }
        Path file = Path.of(properties.developmentKeyFile());
        try {
            if (!Files.exists(file)) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(KEY_BYTES * 8);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(
                        file,
                        Base64.getEncoder()
                                .encodeToString(generator.generateKey().getEncoded()));
                restrictToOwner(file);
                log.warn(
                        "Created a development key for reporters' contact details at {}. "
                                + "Production must configure spotthesigns.contact-details.key instead.",
                        file);
            } else {
                log.warn("Reporters' contact details are encrypted with the development key at {}.", file);
            }
            return aesKey(Files.readString(file).strip(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("the development key cannot be kept at " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(
                    file, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection applies
        }
    }

    private static SecretKey aesKey(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The contact details key from " + source + " is not Base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException(
                    "The contact details key from " + source + " must be 32 bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
