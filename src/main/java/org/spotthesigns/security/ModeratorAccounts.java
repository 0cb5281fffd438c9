package org.spotthesigns.security;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.spotthesigns.security.internal.AccountRecord;
import org.spotthesigns.security.internal.AccountRepository;
import org.spotthesigns.security.internal.OneTimeCodes;
import org.spotthesigns.security.internal.QrCodeSvg;
import org.spotthesigns.security.internal.SignInFailures;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts of moderators and administrators: creating, disabling and resetting them (for
 * administrators only), and each person's own password and second factor.
 */
@Service
public class ModeratorAccounts {

    public static final int PASSWORD_SHORTEST = 12;
    /** bcrypt reads at most 72 bytes; 64 characters of most scripts fit. */
    public static final int PASSWORD_LONGEST = 64;

    private static final int PASSWORD_MOST_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final RateLimits limits;
    private final AccountProperties properties;
    private final Clock clock;
    private final ObjectProvider<SignOutEverywhere> signOut;
    private final SignInFailures failures;

    ModeratorAccounts(
            AccountRepository accounts,
            PasswordEncoder passwords,
            AuditTrail audit,
            RateLimits limits,
            AccountProperties properties,
            Clock clock,
            ObjectProvider<SignOutEverywhere> signOut,
            SignInFailures failures) {
        this.signOut = signOut;
        this.failures = failures;
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.limits = limits;
        this.properties = properties;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> list() {
        return accounts.findAllByOrderByUsername().stream()
                .map(ModeratorAccounts::account)
                .toList();
    }

    /** A new account with a temporary password, to be changed at its first sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(String typedUsername, Role role, String temporaryPassword) {
        Account created = createAccount(typedUsername, role, temporaryPassword);
        audit.recordAs(audit.currentActor(), "account-created", null, created.username(), null, role.name());
        return created;
    }

    /** For the first administrator, created by the portal itself before anyone can sign in. */
    @Transactional
    Account createAccount(String typedUsername, Role role, String temporaryPassword) {
        String username = typedUsername.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("A user name is 3 to 100 letters a to z, digits, dots, dashes or underscores.");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountException("There is already an account called " + username + ".");
        }
        checkPassword(temporaryPassword);
        return account(accounts.save(new AccountRecord(
                username, requireNonNull(passwords.encode(temporaryPassword)), role, clock.instant())));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        AccountRecord account = find(username);
        if (!enabled && username.equals(audit.currentActor())) {
            throw new AccountException("You cannot disable your own account.");
        }
        boolean before = account.isEnabled();
        account.setEnabled(enabled);
        if (!enabled) {
            signOut.getObject().signOut(username);
        }
        audit.recordAs(
                audit.currentActor(),
                enabled ? "account-enabled" : "account-disabled",
                null,
                username,
                String.valueOf(before),
                String.valueOf(enabled));
    }

    /** Sets a temporary password; the owner must choose a new one at their next sign-in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String temporaryPassword) {
        checkPassword(temporaryPassword);
        find(username).resetPassword(requireNonNull(passwords.encode(temporaryPassword)));
        signOut.getObject().signOut(username);
        audit.recordAs(audit.currentActor(), "password-reset", null, username, null, null);
    }

    /** The signed-in person's own new password, typed twice. */
    @Transactional
    public void changeOwnPassword(String username, String newPassword, String repeated) {
        if (!newPassword.equals(repeated)) {
            throw new AccountException("The two passwords are not the same.");
        }
        checkPassword(newPassword);
        AccountRecord account = find(username);
        if (passwords.matches(newPassword, account.getPasswordHash())) {
            throw new AccountException("Choose a password that is not the one you have now.");
        }
        account.changePassword(requireNonNull(passwords.encode(newPassword)));
        audit.recordAs(username, "password-changed", null, username, null, null);
    }

    /** A fresh secret to add to an authenticator app; nothing is stored until a code confirms it. */
    public SecondFactorEnrolment startEnrolment(String username) {
        String secret = OneTimeCodes.newSecret();
        return new SecondFactorEnrolment(
                secret, QrCodeSvg.dataUri(OneTimeCodes.enrolmentUri(properties.issuer(), username, secret)));
    }

    /** Stores the secret once a code made from it is right: the app was set up correctly. */
    @Transactional
    public boolean confirmEnrolment(String username, String secret, String typedCode) {
        if (!takeATry(username)) {
            return false;
        }
        OptionalLong step = OneTimeCodes.verify(secret, typedCode, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            failures.wrongCode();
            return false;
        }
        rightCode(username);
        find(username).enrolSecondFactor(secret, step.getAsLong());
        audit.recordAs(username, "second-factor-enrolled", null, username, null, null);
        return true;
    }

    /** Whether the code is right now and has not been used before. Wrong codes count against the account. */
    @Transactional
    public boolean verifySecondFactor(String username, String typedCode) {
        AccountRecord account = find(username);
        if (account.getTotpSecret() == null || !takeATry(username)) {
            return false;
        }
        OptionalLong step = OneTimeCodes.verify(
                account.getTotpSecret(),
                typedCode,
                clock.instant(),
                account.getTotpLastStep() == null ? Long.MIN_VALUE : account.getTotpLastStep());
        if (step.isEmpty()) {
            failures.wrongCode();
            return false;
        }
        rightCode(username);
        account.codeUsed(step.getAsLong());
        return true;
    }

    /** Whether this account must give a code from an authenticator app to sign in. */
    @Transactional(readOnly = true)
    public boolean needsSecondFactor(String username) {
        AccountRecord account = find(username);
        return account.getRole() == Role.ADMIN
                || properties.secondFactorForModerators()
                || account.getTotpSecret() != null;
    }

    @Transactional(readOnly = true)
    public Account get(String username) {
        return account(find(username));
    }

    /**
     * Takes a try from the account's allowance before a code is checked, so that codes sent at the
     * same moment cannot all be checked on its last try.
     */
    private boolean takeATry(String username) {
        return limits.tryConsume(RateLimit.SIGN_IN_FAILURES_PER_ACCOUNT, username);
    }

    /** Only wrong codes count: a right one gives its try back. */
    private void rightCode(String username) {
        limits.giveBack(RateLimit.SIGN_IN_FAILURES_PER_ACCOUNT, username);
    }

    private AccountRecord find(String username) {
        return accounts.findByUsername(username)
                .orElseThrow(() -> new AccountException("There is no account called " + username + "."));
    }

    private static void checkPassword(String password) {
        if (password.length() < PASSWORD_SHORTEST
                || password.length() > PASSWORD_LONGEST
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PASSWORD_MOST_BYTES) {
            throw new AccountException("A password must be " + PASSWORD_SHORTEST + " to " + PASSWORD_LONGEST
                    + " characters long. A few words you will remember make a good one.");
        }
    }

    private static Account account(AccountRecord record) {
        return new Account(
                record.getUsername(),
                record.getRole(),
                record.isEnabled(),
                record.isMustChangePassword(),
                record.getTotpSecret() != null,
                record.getCreatedAt());
    }
}
