package org.spotthesigns.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftTokenTest {

    @Test
    void a_token_the_portal_made_reads_back_from_its_cookie_and_never_shows_its_secret() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            DraftToken token = DraftToken.random();
            assertThat(DraftToken.parse(token.value())).contains(token);
            assertThat(token.value()).matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
            assertThat(seen.add(token.id())).isTrue();
            assertThat(token.toString()).doesNotContain(token.secret()).doesNotContain(token.id());
            assertThat(token.secretHash()).matches("[0-9a-f]{64}").isNotEqualTo(token.secret());
        }
    }

    @Test
    void a_cookie_the_portal_could_not_have_made_names_no_draft() {
        String id = "A".repeat(22);
        String secret = "B".repeat(43);
        for (String hostile : new String[] {
            "",
            ".",
            id,
            id + "." + secret + "C",
            id + "C." + secret,
            id + "." + secret.substring(1) + ";",
            id + "." + secret.substring(1) + "\u00e9",
            "../" + id + "." + secret,
            id + "." + secret + "." + secret,
            id + " ." + secret
        }) {
            assertThat(DraftToken.parse(hostile)).as(hostile).isEmpty();
        }
        assertThat(DraftToken.parse(null)).isEmpty();
        assertThat(DraftToken.parse(id + "." + secret)).isPresent();
    }
}
