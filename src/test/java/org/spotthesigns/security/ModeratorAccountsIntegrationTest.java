package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spotthesigns.security.internal.OneTimeCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** Accounts on the real database: what a name and a password must be, and a second-factor secret kept encrypted. */
@SpringBootTest
@ActiveProfiles("test")
class ModeratorAccountsIntegrationTest {

    @Autowired
    ModeratorAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** The portal's own holder: each test context has its own, and the static one may belong to another. */
    @Autowired
    SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    void asAdministrator() {
        securityContexts.getContext().setAuthentication(new TestingAuthenticationToken("an-admin", null, "ROLE_ADMIN"));
    }

    @AfterEach
    void signOut() {
        securityContexts.clearContext();
    }

    @Test
    void a_name_and_a_temporary_password_are_checked_and_the_password_must_be_changed() {
        assertThatThrownBy(() -> accounts.create("a b", Role.MODERATOR, "long enough password"))
                .hasMessageStartingWith("A user name is 3 to 100 letters");
        assertThatThrownBy(() -> accounts.create(name(), Role.MODERATOR, "short"))
                .hasMessageStartingWith("A password must be 12 to 64 characters long");
        assertThatThrownBy(() -> accounts.create(name(), Role.MODERATOR, "x".repeat(65)))
                .hasMessageStartingWith("A password must be 12 to 64 characters long");

        Account created = accounts.create(
                " Mixed-Case-" + UUID.randomUUID().toString().substring(0, 6) + " ",
                Role.MODERATOR,
                "long enough password");

        assertThat(created.username()).isLowerCase().doesNotContain(" ");
        assertThat(created.mustChangePassword()).isTrue();
        assertThatThrownBy(() -> accounts.create(created.username(), Role.MODERATOR, "long enough password"))
                .hasMessage("There is already an account called " + created.username() + ".");
        assertThatThrownBy(() ->
                        accounts.changeOwnPassword(created.username(), "long enough password", "long enough password"))
                .hasMessage("Choose a password that is not the one you have now.");
        assertThatThrownBy(() ->
                        accounts.changeOwnPassword(created.username(), "a new password here", "a new password her"))
                .hasMessage("The two passwords are not the same.");
        accounts.changeOwnPassword(created.username(), "a new password here", "a new password here");
        assertThat(accounts.get(created.username()).mustChangePassword()).isFalse();
    }

    @Test
    void the_second_factor_secret_is_stored_encrypted_and_each_code_works_once() {
        String username =
                accounts.create(name(), Role.MODERATOR, "long enough password").username();
        SecondFactorEnrolment enrolment = accounts.startEnrolment(username);
        String code = OneTimeCodes.codeAt(enrolment.secret(), Instant.now());

        assertThat(accounts.confirmEnrolment(username, enrolment.secret(), "000000".equals(code) ? "111111" : "000000"))
                .isFalse();
        assertThat(accounts.confirmEnrolment(username, enrolment.secret(), code))
                .isTrue();

        String stored = jdbc.queryForObject(
                "select totp_secret from moderator_account where username = ?", String.class, username);
        assertThat(stored).isNotBlank().doesNotContain(enrolment.secret());
        assertThat(accounts.get(username).secondFactorEnrolled()).isTrue();
        // the code that confirmed enrolment is used up
        assertThat(accounts.verifySecondFactor(username, code)).isFalse();
        assertThat(accounts.verifySecondFactor(
                        username,
                        OneTimeCodes.codeAt(enrolment.secret(), Instant.now().plusSeconds(30))))
                .isTrue();
    }

    @Test
    void right_codes_cost_nothing_and_wrong_codes_use_up_the_accounts_tries() {
        String username =
                accounts.create(name(), Role.MODERATOR, "long enough password").username();
        SecondFactorEnrolment enrolment = accounts.startEnrolment(username);
        String code = OneTimeCodes.codeAt(enrolment.secret(), Instant.now());
        String wrong = "000000".equals(code) ? "111111" : "000000";
        for (int i = 0; i < 9; i++) {
            assertThat(accounts.confirmEnrolment(username, enrolment.secret(), wrong))
                    .isFalse();
        }

        for (int i = 0; i < 3; i++) {
            assertThat(accounts.confirmEnrolment(username, enrolment.secret(), code))
                    .isTrue();
        }
        assertThat(accounts.confirmEnrolment(username, enrolment.secret(), wrong))
                .isFalse();
        assertThat(accounts.confirmEnrolment(username, enrolment.secret(), code))
                .as("ten wrong codes in the hour")
                .isFalse();
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        String username =
                accounts.create(name(), Role.ADMIN, "long enough password").username();
        securityContexts.getContext().setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_ADMIN"));

        assertThatThrownBy(() -> accounts.setEnabled(username, false))
                .hasMessage("You cannot disable your own account.");
    }

    private static String name() {
        return "account-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
