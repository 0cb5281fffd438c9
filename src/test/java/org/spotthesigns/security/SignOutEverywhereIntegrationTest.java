package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.ActiveProfiles;

/** Every session of one person ends, whichever step of signing in it was at; other people's stay. */
@SpringBootTest
@ActiveProfiles("test")
class SignOutEverywhereIntegrationTest {

    @Autowired
    SignOutEverywhere signOutEverywhere;

    @Autowired
    SessionRegistry sessions;

    @Test
    void all_of_one_persons_sessions_end_and_nobody_elses() {
        String alice = "alice-" + UUID.randomUUID();
        String bob = "bob-" + UUID.randomUUID();
        // at the password step the registry holds the account's details; after it, the name
        sessions.registerNewSession(
                "phone-" + alice,
                User.withUsername(alice).password("x").authorities("A").build());
        sessions.registerNewSession("laptop-" + alice, alice);
        sessions.registerNewSession("desk-" + bob, bob);

        int ended = signOutEverywhere.signOut(alice);

        assertThat(ended).isEqualTo(2);
        assertThat(List.of("phone-" + alice, "laptop-" + alice))
                .allMatch(id -> sessions.getSessionInformation(id).isExpired());
        SessionInformation other = sessions.getSessionInformation("desk-" + bob);
        assertThat(other.isExpired()).isFalse();
    }
}
