package org.spotthesigns.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotthesigns.security.ContactDetailsProperties;
import org.spotthesigns.security.KeyProperties;

class KeyringTest {

    static final String ZEROS = key(0);
    static final String ONES = key(1);

    private final Keyring single = keyring(ZEROS, null, Map.of(), null);

    @Test
    void what_is_sealed_opens_to_the_same_words() {
        String sealed = single.encrypt("07700 900456, Zoë");

        assertThat(sealed).doesNotContain("07700").doesNotContain("Zo");
        assertThat(single.decrypt(sealed)).isEqualTo("07700 900456, Zoë");
    }

    @Test
    void a_sealed_value_names_its_key_in_a_header() {
        Keyring ring = keyring(null, "b", Map.of("a", ZEROS, "b", ONES), null);

        String sealed = ring.encrypt("sam@example.org");

        assertThat(sealed).startsWith("v1:b:");
        assertThat(ring.keyId(sealed)).isEqualTo("b");
        assertThat(Base64.getDecoder().decode(sealed.substring("v1:b:".length())))
                .hasSize(12 + 15 + 16);
    }

    @Test
    void the_single_key_of_earlier_deployments_is_the_key_legacy() {
        assertThat(single.keyIds()).containsExactly("legacy");
        assertThat(single.activeKeyId()).isEqualTo("legacy");
        assertThat(single.encrypt("x")).startsWith("v1:legacy:");
    }

    @Test
    void a_value_sealed_before_key_ids_opens_with_the_legacy_key() throws Exception {
        String before = SealedBeforeKeyIds.seal(ZEROS, "sam@example.org");

        assertThat(single.keyId(before)).isEqualTo("legacy");
        assertThat(single.decrypt(before)).isEqualTo("sam@example.org");
        assertThat(single.reseal(before)).startsWith("v1:legacy:");
        assertThat(single.decrypt(single.reseal(before))).isEqualTo("sam@example.org");
    }

    @Test
    void the_same_words_never_seal_the_same_way_twice() {
        assertThat(single.encrypt("sam@example.org")).isNotEqualTo(single.encrypt("sam@example.org"));
    }

    @Test
    void altered_ciphertext_is_refused_rather_than_misread() {
        String sealed = single.encrypt("sam@example.org");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1:legacy:".length()));
        bytes[bytes.length - 1] ^= 1;

        assertThatThrownBy(
                        () -> single.decrypt("v1:legacy:" + Base64.getEncoder().encodeToString(bytes)))
                .hasMessageContaining("wrong key or altered data");
    }

    @Test
    void a_header_changed_to_name_another_key_is_refused() {
        // the same key bytes under two ids: only the header tells them apart, and it is authenticated
        Keyring ring = keyring(ZEROS, "a", Map.of("a", ZEROS, "b", ZEROS), null);
        String sealed = ring.encrypt("secret");

        assertThatThrownBy(() -> ring.decrypt("v1:b:" + sealed.substring("v1:a:".length())))
                .hasMessageContaining("wrong key or altered data");
        assertThatThrownBy(() -> ring.decrypt(sealed.substring("v1:a:".length())))
                .hasMessageContaining("wrong key or altered data");
    }

    @Test
    void another_key_cannot_open_it() {
        Keyring stranger = keyring(ONES, null, Map.of(), null);

        assertThatThrownBy(() -> stranger.decrypt(single.encrypt("secret"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_value_sealed_with_a_key_not_in_the_keyring_names_that_key() {
        Keyring ring = keyring(null, "b", Map.of("a", ZEROS, "b", ONES), null);
        String sealed = keyring(null, "c", Map.of("c", key(2)), null).encrypt("secret");

        assertThatThrownBy(() -> ring.decrypt(sealed)).hasMessageContaining("key 'c', which is not in the keyring");
    }

    @Test
    void every_key_opens_its_values_and_the_active_one_seals() {
        Keyring before = keyring(null, "a", Map.of("a", ZEROS), null);
        String old = before.encrypt("kept");

        Keyring after = keyring(null, "b", Map.of("a", ZEROS, "b", ONES), null);

        assertThat(after.decrypt(old)).isEqualTo("kept");
        String resealed = after.reseal(old);
        assertThat(after.keyId(resealed)).isEqualTo("b");
        assertThat(after.decrypt(resealed)).isEqualTo("kept");
        assertThat(after.reseal(resealed)).isSameAs(resealed);
    }

    @Test
    void several_keys_without_an_active_one_are_refused() {
        assertThatThrownBy(() -> keyring(null, null, Map.of("a", ZEROS, "b", ONES), null))
                .hasMessageContaining("none is named active");
    }

    @Test
    void an_active_key_that_is_not_configured_is_refused() {
        assertThatThrownBy(() -> keyring(null, "c", Map.of("a", ZEROS), null))
                .hasMessageContaining("The active key 'c' is not among the configured keys");
    }

    @Test
    void two_different_keys_under_one_id_are_refused() {
        assertThatThrownBy(() -> keyring(ZEROS, "legacy", Map.of("legacy", ONES), null))
                .hasMessageContaining("Two different keys have the id 'legacy'");
    }

    @Test
    void a_key_id_must_be_short_lower_case_letters_and_digits() {
        assertThatThrownBy(() -> keyring(null, "a", Map.of("a", ZEROS, "Bad:id", ONES), null))
                .hasMessageContaining("must be 1 to 16 lower-case letters and digits");
    }

    @Test
    void without_any_key_or_a_development_key_file_the_portal_refuses_to_start() {
        assertThatThrownBy(() -> new Keyring(properties(null, Map.of(), null), new ContactDetailsProperties(null, "")))
                .hasMessageContaining("set spotthesigns.keys.directory")
                .hasMessageContaining("spotthesigns.contact-details.key");
    }

    @Test
    void a_key_of_the_wrong_size_is_refused() {
        assertThatThrownBy(() -> keyring("c2hvcnQ=", null, Map.of(), null)).hasMessageContaining("must be 32 bytes");
    }

    @Test
    void a_development_key_is_created_once_reused_and_is_the_legacy_key(@TempDir Path data) {
        Path file = data.resolve("keys/contact-details.key");
        Keyring first =
                new Keyring(properties(null, Map.of(), null), new ContactDetailsProperties(null, file.toString()));
        String sealed = first.encrypt("kept");

        Keyring again =
                new Keyring(properties(null, Map.of(), null), new ContactDetailsProperties(null, file.toString()));

        assertThat(Files.exists(file)).isTrue();
        assertThat(again.keyIds()).containsExactly("legacy");
        assertThat(again.decrypt(sealed)).isEqualTo("kept");
    }

    @Test
    void a_key_directory_holds_one_file_per_key_and_names_the_active_one(@TempDir Path keys) throws Exception {
        Files.writeString(keys.resolve("a"), ZEROS + "\n");
        Files.writeString(keys.resolve("b"), ONES);
        Files.writeString(keys.resolve("active"), "b\n");
        Files.createDirectory(keys.resolve("..2026_11_30"));
        Files.writeString(keys.resolve("README.txt"), "not a key");

        Keyring ring = keyring(null, null, Map.of(), keys);

        assertThat(ring.keyIds()).containsExactly("a", "b");
        assertThat(ring.activeKeyId()).isEqualTo("b");
    }

    @Test
    void a_key_added_to_the_directory_while_running_seals_from_then_on(@TempDir Path keys) throws Exception {
        Files.writeString(keys.resolve("a"), ZEROS);
        Keyring ring = keyring(null, null, Map.of(), keys);
        String old = ring.encrypt("kept");

        Files.writeString(keys.resolve("b"), ONES);
        Files.writeString(keys.resolve("active"), "b");
        ring.reload();

        assertThat(ring.activeKeyId()).isEqualTo("b");
        assertThat(ring.encrypt("new")).startsWith("v1:b:");
        assertThat(ring.decrypt(old)).isEqualTo("kept");
    }

    @Test
    void another_node_reads_the_directory_again_when_it_meets_a_key_it_does_not_have(@TempDir Path keys)
            throws Exception {
        Files.writeString(keys.resolve("a"), ZEROS);
        Keyring here = keyring(null, null, Map.of(), keys);
        Files.writeString(keys.resolve("b"), ONES);
        Files.writeString(keys.resolve("active"), "b");
        Keyring there = keyring(null, null, Map.of(), keys);
        String sealedThere = there.encrypt("new");
        Thread.sleep(1_100);

        assertThat(here.decrypt(sealedThere)).isEqualTo("new");
        assertThat(here.activeKeyId()).isEqualTo("b");
    }

    @Test
    void a_running_portal_keeps_a_key_taken_out_of_the_directory(@TempDir Path keys) throws Exception {
        Files.writeString(keys.resolve("a"), ZEROS);
        Files.writeString(keys.resolve("b"), ONES);
        Files.writeString(keys.resolve("active"), "a");
        Keyring ring = keyring(null, null, Map.of(), keys);
        String old = ring.encrypt("kept");

        Files.delete(keys.resolve("a"));
        Files.writeString(keys.resolve("active"), "b");
        ring.reload();

        assertThat(ring.keyIds()).containsExactly("a", "b");
        assertThat(ring.decrypt(old)).isEqualTo("kept");
    }

    @Test
    void a_directory_that_changes_a_known_key_changes_nothing(@TempDir Path keys) throws Exception {
        Files.writeString(keys.resolve("a"), ZEROS);
        Keyring ring = keyring(null, null, Map.of(), keys);
        String old = ring.encrypt("kept");

        Files.writeString(keys.resolve("a"), ONES);
        ring.reload();

        assertThat(ring.decrypt(old)).isEqualTo("kept");
    }

    private static Keyring keyring(
            @Nullable String singleKey, @Nullable String active, Map<String, String> keys, @Nullable Path directory) {
        return new Keyring(properties(active, keys, directory), new ContactDetailsProperties(singleKey, null));
    }

    private static KeyProperties properties(
            @Nullable String active, Map<String, String> keys, @Nullable Path directory) {
        return new KeyProperties(
                directory == null ? null : directory.toString(),
                active,
                keys,
                Duration.ofMinutes(1),
                Duration.ofMinutes(10),
                100);
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
