package org.spotthesigns.security;

import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spotthesigns.security.internal.AccountRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * When no administrator exists, creates one: with the configured password, or with a random one
 * printed once in the log. Either way it must be changed at the first sign-in. Nodes that start
 * together on a new database may both try: the one that loses finds the account made and goes on.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String WORDS = "abcdefghjkmnpqrstuvwxyz23456789";

    private final AccountRepository repository;
    private final ModeratorAccounts accounts;
    private final AccountProperties properties;

    FirstAdministrator(AccountRepository repository, ModeratorAccounts accounts, AccountProperties properties) {
        this.repository = repository;
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (repository.existsByRoleAndEnabledTrue(Role.ADMIN)
                || repository.findByUsername(properties.firstAdministrator()).isPresent()) {
            return;
        }
        boolean configured = !properties.firstAdministratorPassword().isBlank();
        String password = configured ? properties.firstAdministratorPassword() : randomPassword();
        try {
            accounts.createAccount(properties.firstAdministrator(), Role.ADMIN, password);
        } catch (AccountException | DataIntegrityViolationException lost) {
            if (repository.findByUsername(properties.firstAdministrator()).isEmpty()) {
                throw lost;
            }
            LOG.info("Another node created the first administrator '{}' meanwhile", properties.firstAdministrator());
            return;
        }
        if (configured) {
            LOG.info(
                    "Created the first administrator '{}' with the configured password; it must be changed at the first sign-in",
                    properties.firstAdministrator());
        } else {
            LOG.warn(
                    "Created the first administrator '{}' with the one-time password {} ; it must be changed at the first "
                            + "sign-in, and is not shown again",
                    properties.firstAdministrator(),
                    password);
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(WORDS.charAt(random.nextInt(WORDS.length())));
        }
        return password.toString();
    }
}
