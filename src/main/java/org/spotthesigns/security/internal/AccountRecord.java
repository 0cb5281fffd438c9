package org.spotthesigns.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.spotthesigns.security.Role;

/** A moderator's or administrator's account. */
@Entity
@Table(name = "moderator_account")
public class AccountRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** Base32, as authenticator apps take it, encrypted; null until enrolment is confirmed with a code. */
    @Convert(converter = EncryptedSecret.class)
    @Column(name = "totp_secret", length = 220)
    private @Nullable String totpSecret;

    @Column(name = "totp_last_step")
    private @Nullable Long totpLastStep;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AccountRecord() {}

    /** A new account whose password was set by someone else, so it must be changed at first sign-in. */
    public AccountRecord(String username, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.mustChangePassword = true;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public @Nullable String getTotpSecret() {
        return totpSecret;
    }

    public @Nullable Long getTotpLastStep() {
        return totpLastStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** A password set by an administrator: the owner must choose their own at the next sign-in. */
    public void resetPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
    }

    /** A password the owner chose. */
    public void changePassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    public void enrolSecondFactor(String secret, long step) {
        this.totpSecret = secret;
        this.totpLastStep = step;
    }

    public void codeUsed(long step) {
        this.totpLastStep = step;
    }
}
