package org.spotthesigns.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.security.ContactDetailsProperties;
import org.spotthesigns.security.KeyProperties;
import org.spotthesigns.shared.FieldCipher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The portal's keys, by id, and the one that seals new values (decision record 0018). AES-GCM
 * with a fresh 96-bit nonce per value; the header {@code v1:<id>:} is associated data, so a value
 * whose header was changed fails to open rather than being read with another key. A key directory
 * is read again every {@code spotthesigns.keys.reload-interval}, and at once (at most once a second)
 * when a stored value names a key this node does not have yet, so a key added on one node's
 * disk is read by every node before their first value sealed with it. A running portal never
 * forgets a key: a key taken away is gone at the next start, which first checks that no value
 * still needs it ({@link KeysInUseCheck}).
 */
@Component
public class Keyring implements FieldCipher {

    /** Key ids: short, and safe in a file name, an environment variable and a SQL {@code like}. */
    static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,16}");
    /** The file of a key directory that names the active key. */
    static final String ACTIVE_FILE = "active";

    private static final Logger log = LoggerFactory.getLogger(Keyring.class);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final long UNKNOWN_KEY_REREAD_NANOS = 1_000_000_000L;

    private final KeyProperties properties;
    private final ContactDetailsProperties singleKey;
    private final SecureRandom random = new SecureRandom();
    private volatile Ring ring;
    private volatile long lastRead = System.nanoTime();

    Keyring(KeyProperties properties, ContactDetailsProperties singleKey) {
        this.properties = properties;
        this.singleKey = singleKey;
        this.ring = read(properties, singleKey);
        log.info(
                "Keys for sealed values: {}; new values are sealed with key {}",
                ring.keys().keySet(),
                ring.active());
    }

    @Override
    public String encrypt(String plain) {
        Ring now = ring;
        String header = FORMAT_PREFIX + now.active() + ":";
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, now.keys().get(now.active()), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return header + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a value cannot be sealed", e);
        }
    }

    @Override
    public String decrypt(String stored) {
        String id = keyId(stored);
        boolean legacyFormat = !stored.startsWith(FORMAT_PREFIX);
        String header = legacyFormat ? "" : FORMAT_PREFIX + id + ":";
        SecretKey key = key(id);
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(header.length()));
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            if (!legacyFormat) {
                cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            }
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored value cannot be opened: wrong key or altered data", e);
        }
    }

    @Override
    public String keyId(String stored) {
        if (!stored.startsWith(FORMAT_PREFIX)) {
            return LEGACY_KEY_ID;
        }
        int end = stored.indexOf(':', FORMAT_PREFIX.length());
        return end < 0 ? "" : stored.substring(FORMAT_PREFIX.length(), end);
    }

    @Override
    public String activeKeyId() {
        return ring.active();
    }

    @Override
    public Set<String> keyIds() {
        return ring.keys().keySet();
    }

    @Override
    public String reseal(String stored) {
        return ring.active().equals(keyId(stored)) && stored.startsWith(FORMAT_PREFIX)
                ? stored
                : encrypt(decrypt(stored));
    }

    /**
     * Reads the key directory again: new keys join the ring, and the key its {@code active} file
     * names seals new values from now on. A directory that cannot be read, or that holds a
     * different key under a known id, changes nothing and is logged.
     */
    @Scheduled(
            initialDelayString = "${spotthesigns.keys.reload-interval:PT1M}",
            fixedDelayString = "${spotthesigns.keys.reload-interval:PT1M}")
    public synchronized void reload() {
        lastRead = System.nanoTime();
        if (directory(properties) == null) {
            return;
        }
        Ring before = ring;
        Ring after;
        try {
            after = before.with(read(properties, singleKey));
        } catch (RuntimeException unreadable) {
            log.error("The keys were not read again, and stay as they were: {}", unreadable.getMessage());
            return;
        }
        for (String id : after.keys().keySet()) {
            if (!before.keys().containsKey(id)) {
                log.info("Key {} joined the keyring", id);
            }
        }
        if (!after.active().equals(before.active())) {
            log.info("New values are sealed with key {} from now on (before: {})", after.active(), before.active());
        }
        ring = after;
    }

    private SecretKey key(String id) {
        SecretKey key = ring.keys().get(id);
        if (key == null && System.nanoTime() - lastRead > UNKNOWN_KEY_REREAD_NANOS) {
            reload();
            key = ring.keys().get(id);
        }
        if (key == null) {
            throw new IllegalStateException(
                    "a stored value was sealed with key '" + id + "', which is not in the keyring");
        }
        return key;
    }

    /** The keys and the active key, from every source; refuses anything ambiguous. */
    static Ring read(KeyProperties properties, ContactDetailsProperties singleKey) {
        Map<String, SecretKey> keys = new TreeMap<>();
        String active = properties.active() == null || properties.active().isBlank()
                ? null
                : properties.active().strip();
        if (singleKey.key() != null && !singleKey.key().isBlank()) {
            add(keys, LEGACY_KEY_ID, singleKey.key(), "spotthesigns.contact-details.key");
        }
        properties.key().forEach((id, value) -> add(keys, id, value, "spotthesigns.keys.key." + id));
        Path directory = directory(properties);
        if (directory != null) {
            String named = readDirectory(directory, keys);
            if (named != null) {
                active = named;
            }
        }
        if (keys.isEmpty()) {
            keys.put(LEGACY_KEY_ID, developmentKey(singleKey));
        }
        if (active == null) {
            if (keys.size() > 1) {
                throw new IllegalStateException("Keys " + keys.keySet() + " are configured but none is named active: "
                        + "set spotthesigns.keys.active, or write the id in the file 'active' of the key directory");
            }
            active = keys.keySet().iterator().next();
        }
        if (!keys.containsKey(active)) {
            throw new IllegalStateException("The active key '" + active + "' is not among the configured keys "
                    + keys.keySet() + ": add it, or name another one active");
        }
        return new Ring(Collections.unmodifiableMap(keys), active);
    }

    private static @Nullable Path directory(KeyProperties properties) {
        String directory = properties.directory();
        return directory == null || directory.isBlank() ? null : Path.of(directory.strip());
    }

    /** Adds the key files of a directory to {@code keys}; returns the id its {@code active} file names. */
    private static @Nullable String readDirectory(Path directory, Map<String, SecretKey> keys) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("The key directory " + directory + " (spotthesigns.keys.directory) "
                    + "is not a directory: create it, or leave the setting empty");
        }
        String active = null;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                // Kubernetes' secret volumes keep their data in hidden folders behind links: the
                // links are the keys, the hidden entries are not
                if (name.startsWith(".") || !Files.isRegularFile(file)) {
                    continue;
                }
                if (ACTIVE_FILE.equals(name)) {
                    active = Files.readString(file).strip();
                } else if (KEY_ID.matcher(name).matches()) {
                    add(keys, name, Files.readString(file), file.toString());
                } else {
                    log.warn(
                            "Ignored {} in the key directory: a key file is named by its id "
                                    + "(lower-case letters and digits, at most 16)",
                            file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The key directory " + directory + " cannot be read", e);
        }
        return active;
    }

    private static void add(Map<String, SecretKey> keys, String id, String base64, String source) {
        if (!KEY_ID.matcher(id).matches() || ACTIVE_FILE.equals(id)) {
            throw new IllegalStateException("The key id '" + id + "' (" + source
                    + ") must be 1 to 16 lower-case letters and digits, and not 'active'");
        }
        SecretKey key = aesKey(base64.strip(), source);
        SecretKey known = keys.putIfAbsent(id, key);
        if (known != null && !MessageDigest.isEqual(known.getEncoded(), key.getEncoded())) {
            throw new IllegalStateException("Two different keys have the id '" + id + "' (one from " + source
                    + "): give the new one an id of its own");
        }
    }

    private static SecretKey developmentKey(ContactDetailsProperties singleKey) {
        if (singleKey.developmentKeyFile() == null
                || singleKey.developmentKeyFile().isBlank()) {
            throw new IllegalStateException("No key for reporters' contact details and second-factor secrets: "
                    + "set spotthesigns.keys.directory to a folder of key files, or "
                    + "spotthesigns.contact-details.key (environment SPOTTHESIGNS_CONTACT_DETAILS_KEY) to the Base64 "
                    + "of 32 random bytes, for example the output of: openssl rand -base64 32");
        }
        Path file = Path.of(singleKey.developmentKeyFile());
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
                        "Created a development key for sealed values at {}. "
                                + "Production must configure its keys instead (spotthesigns.keys.directory).",
                        file);
            } else {
                log.warn("Values are sealed with the development key at {}.", file);
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
            throw new IllegalStateException("The key from " + source + " is not Base64", e);
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalStateException("The key from " + source + " must be 32 bytes, not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** Keys by id and the one that seals new values. */
    record Ring(Map<String, SecretKey> keys, String active) {

        /** This ring with the keys of {@code fresh} added and its active key; a changed key is refused. */
        Ring with(Ring fresh) {
            Map<String, SecretKey> merged = new TreeMap<>(keys);
            fresh.keys().forEach((id, key) -> {
                SecretKey known = merged.putIfAbsent(id, key);
                if (known != null && !MessageDigest.isEqual(known.getEncoded(), key.getEncoded())) {
                    throw new IllegalStateException("the key directory holds a different key under the id '" + id
                            + "', which already seals values: give the new key an id of its own");
                }
            });
            return new Ring(Collections.unmodifiableMap(merged), fresh.active());
        }
    }
}
