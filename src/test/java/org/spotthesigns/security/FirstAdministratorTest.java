package org.spotthesigns.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spotthesigns.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The first start of an empty database creates one administrator, with a random password printed
 * once, who must change it at the first sign-in; later starts create nobody.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final Pattern ONE_TIME = Pattern.compile("one-time password (\\S+) ;");

    @Test
    void an_empty_database_gets_one_administrator_with_a_password_shown_once(CapturedOutput output) {
        String database = "jdbc:h2:file:./target/h2/first-admin-" + UUID.randomUUID();
        String password;
        try (ConfigurableApplicationContext first = start(database)) {
            Matcher shown = ONE_TIME.matcher(output.getOut());
            assertThat(shown.find()).as("the one-time password in the log").isTrue();
            password = shown.group(1);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from moderator_account where role = 'ADMIN'", String.class))
                    .containsExactly("admin");
            assertThat(jdbc.queryForObject(
                            "select must_change_password from moderator_account where username = 'admin'",
                            Boolean.class))
                    .isTrue();
            String hash = jdbc.queryForObject(
                    "select password_hash from moderator_account where username = 'admin'", String.class);
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
            assertThat(first.getBean(PasswordEncoder.class).matches(password, hash))
                    .isTrue();
        }

        try (ConfigurableApplicationContext again = start(database)) {
            assertThat(ONE_TIME.matcher(output.getOut()).results().count())
                    .as("passwords shown over two starts")
                    .isEqualTo(1);
            assertThat(again.getBean(JdbcTemplate.class)
                            .queryForObject("select count(*) from moderator_account", Long.class))
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String database) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + database,
                        "--server.port=0",
                        "--spotthesigns.accounts.first-administrator-password=");
    }
}
