package org.spotthesigns.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spotthesigns.reporting.ContactDetailsProperties;

class ContactDetailsCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final ContactDetailsCipher cipher = new ContactDetailsCipher(new ContactDetailsProperties(KEY, null));

    @Test
    void what_is_encrypted_decrypts_to_the_same_words() {
        String sealed = cipher.encrypt("07700 900456, Zoë");

        assertThat(sealed).doesNotContain("07700");
        assertThat(cipher.decrypt(sealed)).isEqualTo("07700 900456, Zoë");
    }

    @Test
    void the_same_words_never_encrypt_the_same_way_twice() {
        assertThat(cipher.encrypt("sam@example.org")).isNotEqualTo(cipher.encrypt("sam@example.org"));
    }

    @Test
    void altered_ciphertext_is_refused_rather_than_misread() {
        byte[] sealed = Base64.getDecoder().decode(cipher.encrypt("sam@example.org"));
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(sealed)))
                .hasMessageContaining("wrong key or altered data");
    }

    @Test
    void another_key_cannot_read_it() {
        byte[] other = new byte[32];
        other[0] = 1;
        ContactDetailsCipher stranger = new ContactDetailsCipher(
                new ContactDetailsProperties(Base64.getEncoder().encodeToString(other), null));

        assertThatThrownBy(() -> stranger.decrypt(cipher.encrypt("secret"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void without_a_key_or_a_development_key_file_the_portal_refuses_to_start() {
        assertThatThrownBy(() -> new ContactDetailsCipher(new ContactDetailsProperties(null, "")))
                .hasMessageContaining("set spotthesigns.contact-details.key");
    }

    @Test
    void a_key_of_the_wrong_size_is_refused() {
        assertThatThrownBy(() -> new ContactDetailsCipher(new ContactDetailsProperties("c2hvcnQ=", null)))
                .hasMessageContaining("must be 32 bytes");
    }

    @Test
    void a_development_key_is_created_once_and_reused(@TempDir Path data) throws Exception {
        Path file = data.resolve("keys/contact-details.key");
        ContactDetailsCipher first = new ContactDetailsCipher(new ContactDetailsProperties(null, file.toString()));
        String sealed = first.encrypt("kept");

        ContactDetailsCipher again = new ContactDetailsCipher(new ContactDetailsProperties(null, file.toString()));

        assertThat(Files.exists(file)).isTrue();
        assertThat(again.decrypt(sealed)).isEqualTo("kept");
    }
}
